package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.acceptance.reliability.DynamoDbFaults.Fault;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad day on the bus ({@link ChaosStream}: duplicates, reordering, malformed events) recorded through the Lambda
 * handler while DynamoDB misbehaves on a seeded 10% of calls ({@link DynamoDbFaults}: throttling beyond the SDK's
 * retries, time-outs before sending and after the server applied a write, responses lost after the write). Every
 * invocation that fails is delivered again, as the workflow's task retry does.
 *
 * <p>The stored windows must equal the reference oracle's, exactly, and the rejected pairs of reports its ids; no
 * update id may be emitted with two different details; the table holds one record per order and one entry per order
 * and key, each written from its order's latest record. The retry of a failed invocation announces again every window
 * the event's order is in (ADR 0012); a window whose update was lost when the order left it is not (a withdrawal):
 * screens left stale are counted, then one later order per key must bring every screen to the stored window.
 */
class DynamoDbFaultInjectionTest {
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;

    @Test
    void seeded_throttling_timeouts_and_lost_responses_end_in_the_oracles_windows() {
        int orders = RunReport.orders(150);
        long seed = RunReport.seed();
        ChaosStream stream = ChaosStream.generate(seed, orders, 25, 2, 120);
        DynamoDbFaults faults = new DynamoDbFaults(seed, Map.of(Fault.THROTTLED, 30, Fault.TIMEOUT_BEFORE_SEND, 30,
                Fault.TIMEOUT_AFTER_WRITE, 20, Fault.RESPONSE_LOST, 20));
        DynamoDbStores[] stores = new DynamoDbStores[1];
        LambdaHandlerDriver container = new LambdaHandlerDriver(() -> stores[0] = new DynamoDbStores(faults));
        Redelivery redelivery = new Redelivery(10);
        Emissions emissions = new Emissions();
        try (container) {
            container.start(SETTINGS);
            faults.arm();
            stream.deliveries().forEach(d -> emissions.addEntries(redelivery.deliver(container, d.json())));
            faults.disarm();

            Set<WindowKey> keys = StoredWindows.keysOf(stream.events());
            StoredWindows stored = new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS);
            ReferenceOracle.Outcome oracle = ReferenceOracle.of(stream.events(), SETTINGS);
            Map<String, ReferenceOracle.Expected> expected = oracle.windows();
            Map<String, ReferenceOracle.Expected> actual = stored.figures(keys);
            Set<String> pairIds = ChaosStream.pairRejectionIds(container.rejections());
            long staleScreens = staleScreens(emissions, stored.current(keys));
            int emittedBeforeCatchUp = emissions.size();

            List<BusEvent> late = LateOrders.forEach(keys);
            late.forEach(e -> emissions.addEntries(container.deliverRaw(BusEventJson.of(e))));
            List<BusEvent> all = new ArrayList<>(stream.events());
            all.addAll(late);
            Map<String, ReferenceOracle.Expected> expectedAfter =
                    ReferenceOracle.windows(all, SETTINGS);
            Map<String, WaitTimeUpdate> storedAfter = stored.current(keys);

            TableContents table = TableContents.of(stores[0]);
            Instant lastEvent = all.stream().map(e -> Instant.parse(e.time())).max(Instant::compareTo).orElseThrow();
            long orderIds = all.stream().map(e -> e.tenant() + "/" + e.orderId()).distinct().count();

            Map<String, Long> rejected = container.rejections().stream().collect(
                    Collectors.groupingBy(ObservedRejection::reason, TreeMap::new, Collectors.counting()));
            Map<String, Integer> parseRejections = ChaosStream.parseRejections(container.rejections());
            RunReport.write("faults-dynamodb", String.format("orders=%d events=%d deliveries=%d duplicates=%d"
                            + " hardCases=%s dynamodbCalls=%d faults=%s taskRetries=%s refusedIndexWrites=%d rejected=%s updates=%d"
                            + " repeatedUpdateIds=%d conflictingUpdateIds=%d staleScreensBeforeCatchUp=%d"
                            + " %s mismatches=%d", orders, stream.events().size(), stream.deliveries().size(),
                    stream.duplicates(), stream.day().hardCases(), faults.calls(), faults.injected(),
                    redelivery.retries(),
                    stores[0].meter().snapshot().refused("PutItem"), rejected, emittedBeforeCatchUp,
                    emissions.repeatedUpdateIds(), emissions.conflictingUpdateIds().size(), staleScreens,
                    table.figures(), StoredWindows.mismatches(expected, actual)));

            assertThat(faults.injected()).as("every kind of fault was injected").containsOnlyKeys(Fault.values());
            // Bounded state: one record per order, one index entry per order and key its reports name, everything
            // expiring, every entry written from its order's latest record (the retries healed every crash).
            assertThat(table.keys()).isLessThanOrEqualTo(keys.size());
            assertThat(table.records()).isLessThanOrEqualTo((int) orderIds);
            assertThat(table.entries()).isLessThanOrEqualTo(entriesAtMost(all));
            assertThat(table.withoutExpiry()).isZero();
            assertThat(table.entriesOfAnotherVersion()).isZero();
            assertThat(table.latestExpiry()).isBeforeOrEqualTo(lastEvent.plus(SETTINGS.orderRetention()));
            assertThat(actual).isEqualTo(expected);
            assertThat(pairIds).isEqualTo(oracle.rejectionIds());
            assertThat(parseRejections).isEqualTo(stream.expectedParseRejections());
            assertThat(emissions.conflictingUpdateIds()).isEmpty();
            Map<String, ReferenceOracle.Expected> figuresAfter = new TreeMap<>();
            storedAfter.forEach((k, u) -> figuresAfter.put(k, StoredWindows.expected(u)));
            assertThat(figuresAfter).isEqualTo(expectedAfter);
            Map<String, String> storedIds = new TreeMap<>();
            storedAfter.forEach((k, u) -> storedIds.put(k, u.updateId()));
            assertThat(new TreeMap<>(emissions.lastUpdateIds())).as("every screen shows the stored window")
                    .isEqualTo(storedIds);
        }
    }

    /** @return how many index entries the events can make at most: one per order and drink its submissions name */
    static int entriesAtMost(List<BusEvent> events) {
        return (int) events.stream().filter(e -> e.kind() == BusEvent.Kind.SUBMITTED)
                .map(e -> e.tenant() + "/" + e.orderId() + "/" + e.drink()).distinct().count();
    }

    /** @return how many keys' last emitted update is not their stored window */
    static long staleScreens(Emissions emissions, Map<String, WaitTimeUpdate> stored) {
        Map<String, String> last = emissions.lastUpdateIds();
        return stored.entrySet().stream()
                .filter(e -> !e.getValue().updateId().equals(last.get(e.getKey()))).count();
    }
}
