package dev.adhoc.waittimes.extensions.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitTimeAlertEntriesTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WindowKey NYC_LATTE = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
    private static final Instant DONE = Instant.parse("2026-11-27T12:06:00Z");
    private static final WaitTimeAlertEntries ENTRIES = new WaitTimeAlertEntries("Serverlesspresso", Duration.ofMinutes(5));

    private static Update<Duration> update(long beforeMillis, long afterMillis) {
        Window window = afterMillis == 0 ? Window.empty()
                : new Window(List.of(new Sample(new OrderId("o1"), DONE, afterMillis)));
        return new Update<>(NYC_LATTE, Duration.ofMillis(beforeMillis), Duration.ofMillis(afterMillis), window,
                "0123456789abcdef0123456789abcdef");
    }

    @ParameterizedTest(name = "{0} ms -> {1} ms: {2}")
    @CsvSource({
            "0,      300001, RAISED",     // before <= threshold < after
            "300000, 300001, RAISED",     // from exactly the threshold
            "300000, 300000, ",           // at the threshold is not above it
            "0,      300000, ",
            "300001, 900000, ",           // above, and still above
            "300001, 300000, CLEARED",    // before > threshold >= after
            "900000, 0,      CLEARED",    // an emptied window's p90 is 0
            "300001, 300001, ",           // a re-announced, unchanged window
            "1000,   2000, ",
    })
    void anAlertIsACrossingOfTheThreshold(long before, long after, State expected) {
        assertThat(ENTRIES.crossing(update(before, after))).isEqualTo(java.util.Optional.ofNullable(expected));
        assertThat(ENTRIES.entry(update(before, after)).isPresent()).isEqualTo(expected != null);
    }

    @Test
    void theEntryIsTheCataloguedEventInSecondsWithMillisecondPrecision() throws Exception {
        PutEventsEntry entry = ENTRIES.entry(update(0, 412_500)).orElseThrow();

        assertThat(entry.source()).isEqualTo("awsserverlessda.serverlesspresso");
        assertThat(entry.detailType()).isEqualTo("OrderManager.WaitTimeAlert");
        assertThat(entry.eventBusName()).isEqualTo("Serverlesspresso");
        assertThat(entry.detail()).isEqualTo("{\"eventId\":\"NYC\",\"drink\":\"Caffe Latte\",\"p90\":412.5,"
                + "\"threshold\":300,\"state\":\"RAISED\",\"sampleSize\":1,\"asOf\":\"2026-11-27T12:06:00Z\","
                + "\"updateId\":\"0123456789abcdef0123456789abcdef\",\"schemaVersion\":\"1\"}");
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).describe())
                .isEqualTo("valid OrderManager.WaitTimeAlert v1");
    }

    @Test
    void aClearingByAnEmptiedWindowHasNoAsOfAndIsValidToo() throws Exception {
        PutEventsEntry entry = ENTRIES.entry(update(400_000, 0)).orElseThrow();
        JsonNode detail = JSON.readTree(entry.detail());

        assertThat(detail.get("state").asText()).isEqualTo("CLEARED");
        assertThat(detail.get("p90").decimalValue()).isZero();
        assertThat(detail.get("sampleSize").asInt()).isZero();
        assertThat(detail.has("asOf")).isFalse();
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).isValidAndKnown()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.001", "300000, 300", "301500, 301.5", "1234, 1.234", "86400000, 86400"})
    void secondsAreWrittenPlainWithoutTrailingZeros(long millis, String seconds) {
        assertThat(WaitTimeAlertEntries.seconds(Duration.ofMillis(millis)).toString()).isEqualTo(seconds);
    }

    @Test
    void aNegativeThresholdOrNoBusIsRefused() {
        assertThatThrownBy(() -> new WaitTimeAlertEntries("bus", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitTimeAlertEntries("", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogSaysThisExtensionEmitsTheEventUnderItsName() {
        assertThat(CATALOG.entryFor("awsserverlessda.serverlesspresso", WaitTimeAlertEntries.DETAIL_TYPE).orElseThrow().schema()
                .path("x-emitted-by").asText()).isEqualTo(WaitTimeAlerts.NAME);
    }
}
