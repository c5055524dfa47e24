package dev.adhoc.waittimes.player.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.DrinkAverageTimeDetail;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the detail of an emitted {@code OrderManager.DrinkAverageTime} event back into core's update, for the views
 * of a run whose updates come from elsewhere (the deployed workflow). The inverse of the contract's
 * {@code WaitTimeEntries}: seconds with millisecond precision become durations again. Thread-safe.
 */
public final class UpdateDetails {
    private final ObjectMapper json = ContractJson.newMapper();

    /**
     * @param detailJson an entry's {@code Detail}
     * @return the update it announces, or empty if it is not a {@code DrinkAverageTime} detail
     */
    public Optional<WaitTimeUpdate> parse(String detailJson) {
        try {
            DrinkAverageTimeDetail detail = json.readValue(detailJson, DrinkAverageTimeDetail.class);
            WaitFigures figures = new WaitFigures(duration(detail.duration()), duration(detail.p50()),
                    duration(detail.p90()), detail.sampleSize());
            Instant asOf = detail.asOf() == null ? null : Instant.parse(detail.asOf());
            return Optional.of(new WaitTimeUpdate(new WindowKey(new TenantId(detail.eventId()), new Drink(detail.drink())),
                    figures, detail.windowSize(), asOf, detail.updateId()));
        } catch (IOException | RuntimeException notAnUpdate) {
            return Optional.empty(); // the jsonl line still shows it as the workflow emitted it
        }
    }

    private static Duration duration(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
    }
}
