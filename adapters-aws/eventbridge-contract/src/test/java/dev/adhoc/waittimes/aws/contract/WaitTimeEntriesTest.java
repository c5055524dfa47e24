package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapstruct.factory.Mappers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitTimeEntriesTest {
    private static final WindowKey KEY = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
    private static final Instant T0 = Instant.parse("2022-10-14T12:00:00Z");

    private final ObjectMapper json = ContractJson.newMapper();
    private final WaitTimeEntries entries = new WaitTimeEntries(json, "Serverlesspresso");

    /** Waits 19.7 s, 20 s and 30.5 s: mean 23.4 s, p50 20 s, p90 30.5 s; the latest completion at 12:10:30.5. */
    private static WaitTimeUpdate threeSamples() {
        Window window = new Window(List.of(
                sample("a", T0, Duration.ofMillis(19_700)),
                sample("b", T0.plusSeconds(300), Duration.ofMillis(20_000)),
                sample("c", T0.plusSeconds(600), Duration.ofMillis(30_500))));
        return WaitTimeUpdate.of(KEY, window, 10);
    }

    private static Sample sample(String order, Instant submitted, Duration wait) {
        return new Sample(new OrderId(order), submitted.plus(wait), wait.toMillis());
    }

    @Test
    void theDetailHasTheContractsShape() throws Exception {
        WaitTimeUpdate update = threeSamples();
        assertThat(update.updateId()).matches("[0-9a-f]{32}");
        assertThat(json.writeValueAsString(entries.detail(update))).isEqualTo(
                "{\"eventId\":\"NYC\",\"drink\":\"Caffe Latte\",\"duration\":23.4,\"durationMs\":23400,"
                        + "\"sampleSize\":3,\"windowSize\":10,\"p50\":20,\"p50Ms\":20000,\"p90\":30.5,\"p90Ms\":30500,"
                        + "\"asOf\":\"2022-10-14T12:10:30.500Z\",\"updateId\":\"" + update.updateId()
                        + "\",\"schemaVersion\":\"2\"}");
    }

    @Test
    void theEntryIsAPutEventsEntryWithTheDetailAsAString() throws Exception {
        WaitTimeUpdate update = threeSamples();
        String detail = json.writeValueAsString(entries.detail(update));
        String golden = "{\"Source\":\"awsserverlessda.serverlesspresso\",\"DetailType\":\"OrderManager.DrinkAverageTime\","
                + "\"EventBusName\":\"Serverlesspresso\",\"Detail\":" + json.writeValueAsString(detail) + "}";
        assertThat(json.writeValueAsString(entries.entry(update))).isEqualTo(golden);
        // The three fields front ends depend on keep their names, and duration is a number in seconds.
        JsonNode parsed = json.readTree(entries.entry(update).detail());
        assertThat(parsed.get("eventId").textValue()).isEqualTo("NYC");
        assertThat(parsed.get("drink").textValue()).isEqualTo("Caffe Latte");
        assertThat(parsed.get("duration").isNumber()).isTrue();
        assertThat(parsed.get("duration").decimalValue()).isEqualByComparingTo("23.4");
    }

    @Test
    void anEmptiedWindowHasZeroFiguresAndNoAsOf() throws Exception {
        WaitTimeUpdate update = WaitTimeUpdate.of(KEY, Window.empty(), 10);
        assertThat(json.writeValueAsString(entries.detail(update))).isEqualTo(
                "{\"eventId\":\"NYC\",\"drink\":\"Caffe Latte\",\"duration\":0,\"durationMs\":0,\"sampleSize\":0,"
                        + "\"windowSize\":10,\"p50\":0,\"p50Ms\":0,\"p90\":0,\"p90Ms\":0,\"updateId\":\""
                        + update.updateId() + "\",\"schemaVersion\":\"2\"}");
    }

    @Test
    void entriesKeepTheOrderOfTheUpdates() {
        WaitTimeUpdate first = threeSamples();
        WaitTimeUpdate second = WaitTimeUpdate.of(new WindowKey(new TenantId("LDN"), new Drink("Flat White")),
                Window.empty(), 5);
        assertThat(entries.entries(List.of(first, second))).extracting(PutEventsEntry::detail)
                .satisfiesExactly(d -> assertThat(d).contains("\"NYC\""), d -> assertThat(d).contains("\"LDN\""));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.001", "60000, 60", "23400, 23.4", "900000, 900", "123456789, 123456.789"})
    void secondsHaveMillisecondPrecisionAndArePlain(long millis, String seconds) throws Exception {
        BigDecimal value = Mappers.getMapper(DrinkAverageTimeMapper.class).seconds(Duration.ofMillis(millis));
        assertThat(json.writeValueAsString(value)).isEqualTo(seconds);
    }

    /** Every millisecond fraction, at small and large magnitudes: seconds with at most 3 decimals, equal to the ms. */
    @Test
    void everyFigureIsWrittenInSecondsWithAtMostThreeDecimalsAndInExactMilliseconds() throws Exception {
        for (long whole : new long[] {0, 1, 59, 899, 86_399}) {
            for (int fraction = 0; fraction < 1000; fraction++) {
                Duration wait = Duration.ofMillis(whole * 1000 + fraction);
                JsonNode detail = json.readTree(entries.entry(oneSample(wait)).detail());
                for (String figure : List.of("duration", "p50", "p90")) {
                    String text = detail.get(figure).toString();
                    assertThat(text).as(figure + " of " + wait).matches("(0|[1-9][0-9]*)(\\.[0-9]{0,2}[1-9])?");
                    assertThat(new BigDecimal(text).movePointRight(3).longValueExact()).as(figure + " of " + wait)
                            .isEqualTo(detail.get(figure + "Ms").longValue())
                            .isEqualTo(wait.toMillis());
                }
            }
        }
    }

    private static WaitTimeUpdate oneSample(Duration wait) {
        return WaitTimeUpdate.of(KEY, new Window(List.of(sample("a", T0, wait))), 10);
    }
}
