package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Maps core's {@link WaitTimeUpdate} to the emitted detail (MapStruct generates the implementation). */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface DrinkAverageTimeMapper {
    /** @return the detail of the {@code OrderManager.DrinkAverageTime} event that announces the update */
    @Mapping(target = "eventId", source = "key.tenant.value")
    @Mapping(target = "drink", source = "key.scope")
    @Mapping(target = "duration", source = "figures.average")
    @Mapping(target = "durationMs", source = "figures.average")
    @Mapping(target = "sampleSize", source = "figures.sampleSize")
    @Mapping(target = "p50", source = "figures.p50")
    @Mapping(target = "p50Ms", source = "figures.p50")
    @Mapping(target = "p90", source = "figures.p90")
    @Mapping(target = "p90Ms", source = "figures.p90")
    @Mapping(target = "schemaVersion", constant = DrinkAverageTimeDetail.SCHEMA_VERSION)
    DrinkAverageTimeDetail detail(WaitTimeUpdate update);

    /** @return the duration in seconds with millisecond precision, without trailing zeros ({@code 23.4}, {@code 60}) */
    default BigDecimal seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    /** @return the duration in whole milliseconds */
    default Long millis(Duration duration) {
        return duration.toMillis();
    }

    /** @return the instant in ISO-8601 UTC ({@code 2022-10-14T12:54:09Z}) */
    default String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
