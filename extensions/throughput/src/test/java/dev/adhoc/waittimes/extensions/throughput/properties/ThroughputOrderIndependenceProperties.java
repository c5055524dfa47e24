package dev.adhoc.waittimes.extensions.throughput.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;
import dev.adhoc.waittimes.extensiontesting.Deliveries;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput does not depend on the order of arrival: whatever the order and the duplicates of a day's events, every
 * event announces its tenant's window exactly when {@link ThroughputOracle} says the window changed or holds the
 * event's order, with the oracle's count and end; equal windows carry equal update ids and different ones different
 * ids; nothing is rejected; and the tenant's last announcement is the whole day's window.
 */
class ThroughputOrderIndependenceProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThroughputEntries ENTRIES = new ThroughputEntries("bus");

    @Provide
    Arbitrary<ThroughputDay> days() {
        return ThroughputDay.days();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void every_event_announces_the_oracles_window_exactly_when_it_changed_or_holds_the_order(
            @ForAll("days") ThroughputDay day) throws IOException {
        InMemoryEngine<Integer> extension = InMemoryEngine.create(Throughput.configuration(), CLOCK);
        Set<OrderEvent> seen = new HashSet<>();
        Map<ThroughputOracle.Window, String> ids = new HashMap<>();
        Map<String, JsonNode> last = new HashMap<>();
        boolean shrank = false;
        for (OrderEvent event : day.delivery()) {
            ThroughputOracle.Window before = ThroughputOracle.window(seen, event.tenant());
            Recorded<Integer> recorded = extension.engine().record(event);
            seen.add(event);
            ThroughputOracle.Window after = ThroughputOracle.window(seen, event.tenant());

            boolean announced = !after.equals(before) || after.holds(event.orderId().value());
            assertThat(recorded.updates()).as("after %s: %s -> %s", Deliveries.describe(event), before, after)
                    .hasSize(announced ? 1 : 0);
            assertThat(recorded.rejections()).isEmpty();
            if (announced) {
                assertThat(recorded.updates().get(0).key()).isEqualTo(WindowKey.tenantWide(event.tenant()));
                JsonNode detail = JSON.readTree(ENTRIES.entry(recorded.updates().get(0)).detail());
                assertThat(detail.get("completedLast15Minutes").asInt()).isEqualTo(after.count());
                assertThat(detail.get("asOf").asText()).isEqualTo(after.asOf().map(Instant::toString).orElseThrow());
                String id = ids.computeIfAbsent(after, w -> detail.get("updateId").asText());
                assertThat(detail.get("updateId").asText()).as("the id of %s", after).isEqualTo(id);
                last.put(event.tenant().value(), detail);
                shrank |= after.count() < before.count();
            }
        }
        assertThat(new HashSet<>(ids.values())).as("different windows, different ids").hasSameSizeAs(ids.keySet());
        for (var tenant : ThroughputOracle.tenants(day.events())) {
            ThroughputOracle.Window whole = ThroughputOracle.window(day.events(), tenant);
            assertThat(last.get(tenant.value()) == null ? 0 : last.get(tenant.value()).get("completedLast15Minutes").asInt())
                    .as("%s's last announcement", tenant).isEqualTo(whole.count());
        }

        // the generator must keep hunting the hard cases
        Statistics.label("a window fell (an order left it)").collect(shrank);
        Statistics.label("a duplicate delivered").collect(day.delivery().size() > day.events().size());
        for (String label : List.of("a window fell (an order left it)", "a duplicate delivered")) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 5));
        }
    }
}
