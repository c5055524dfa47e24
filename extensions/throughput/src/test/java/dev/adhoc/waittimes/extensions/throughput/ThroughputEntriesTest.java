package dev.adhoc.waittimes.extensions.throughput;

import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThroughputEntriesTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final WindowKey NYC = WindowKey.tenantWide(new TenantId("NYC"));
    private static final ThroughputEntries ENTRIES = new ThroughputEntries("Serverlesspresso");

    @Test
    void theEntryIsTheCataloguedEventWithTheWindowsCountAndEnd() {
        Window window = new Window(List.of(new Sample(new OrderId("o1"), Instant.parse("2026-11-27T12:10:00Z"), 1),
                new Sample(new OrderId("o2"), Instant.parse("2026-11-27T12:14:00Z"), 1)));
        PutEventsEntry entry = ENTRIES.entry(new Update<>(NYC, 1, 2, window, "0123456789abcdef0123456789abcdef"));

        assertThat(entry.source()).isEqualTo("awsserverlessda.serverlesspresso");
        assertThat(entry.detailType()).isEqualTo("OrderManager.Throughput");
        assertThat(entry.eventBusName()).isEqualTo("Serverlesspresso");
        assertThat(entry.detail()).isEqualTo("{\"eventId\":\"NYC\",\"completedLast15Minutes\":2,"
                + "\"asOf\":\"2026-11-27T12:14:00Z\",\"updateId\":\"0123456789abcdef0123456789abcdef\",\"schemaVersion\":\"1\"}");
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).describe())
                .isEqualTo("valid OrderManager.Throughput v1");
    }

    @Test
    void anEmptiedWindowCountsZeroAsOfNothingAndIsValidToo() {
        PutEventsEntry entry = ENTRIES.entry(new Update<>(NYC, 1, 0, Window.empty(), "0123456789abcdef0123456789abcdef"));

        assertThat(entry.detail()).contains("\"completedLast15Minutes\":0,\"asOf\":null");
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).isValidAndKnown()).isTrue();
    }

    @Test
    void aBusIsNeeded() {
        assertThatThrownBy(() -> new ThroughputEntries("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogSaysThisExtensionEmitsTheEventUnderItsName() {
        assertThat(CATALOG.entryFor("awsserverlessda.serverlesspresso", ThroughputEntries.DETAIL_TYPE).orElseThrow().schema()
                .path("x-emitted-by").asText()).isEqualTo(Throughput.NAME);
    }
}
