package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.acceptance.reliability.CrashPoint.When;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Lambda container dies while recording one event, at every DynamoDB call it makes — before the call is sent,
 * and after the server answered it — each time on a fresh table; then the event is delivered again (the task
 * retry). ADR 0012: the retry must end in the oracle's windows, exactly, and announce what an undisturbed invocation
 * announces, with the same update ids: a window the crash left unwritten as it would have been; a window written
 * before the crash again, where the event's order is in it (or its reports name several drinks). What it does not
 * announce again — a window written before the crash that the order left (a withdrawal) — is counted, and the next
 * change of that key emits its whole stored window.
 */
class CrashBetweenWritesTest {
    /** Windows of three: a full window takes three orders to set up. */
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS.withWindowSize(3);
    private static final AtomicInteger POINTS = new AtomicInteger();
    private static final AtomicInteger LOST_UPDATES = new AtomicInteger();
    private static final AtomicInteger MISMATCHES = new AtomicInteger();
    private static final Map<String, Integer> CALLS = new TreeMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicContainer> a_retry_heals_a_crash_at_every_dynamodb_call() {
        List<CrashScenario> scenarios = new ArrayList<>(CrashScenario.all());
        scenarios.add(CrashScenario.drinkChange());
        return scenarios.stream().map(scenario -> {
            Undisturbed run = undisturbed(scenario, SETTINGS);
            synchronized (CALLS) {
                CALLS.put(scenario.name(), run.operations().size());
            }
            List<DynamicTest> points = new ArrayList<>();
            for (int k = 1; k <= run.operations().size(); k++) {
                for (When when : When.values()) {
                    int call = k;
                    points.add(DynamicTest.dynamicTest("call " + k + " (" + run.operations().get(k - 1) + "), "
                            + when, () -> crashAndRetry(scenario, run, call, when)));
                }
            }
            return DynamicContainer.dynamicContainer(scenario.name(), points);
        });
    }

    @AfterAll
    static void report() {
        RunReport.write("crash-points-dynamodb", String.format("scenarios=%d callsPerEvent=%s crashPoints=%d"
                        + " withdrawalsNotReAnnounced=%d mismatches=%d", CALLS.size(), CALLS.values(), POINTS.get(),
                LOST_UPDATES.get(), MISMATCHES.get()));
    }

    /** What the event does when nothing goes wrong: its DynamoDB calls, and the details it emits. */
    record Undisturbed(List<String> operations, List<String> details) {
        /** @return the 1-based number of the call that writes the order's record (its last UpdateItem) */
        int recordWrite() {
            return operations.lastIndexOf("UpdateItem") + 1;
        }

        /** @return the keys ("tenant/drink") whose index the calls before this many wrote */
        Set<String> keysWrittenIn(int calls) {
            Set<String> keys = new TreeSet<>();
            operations.subList(0, calls).stream().filter(o -> o.startsWith("PutItem "))
                    .forEach(o -> keys.add(o.substring("PutItem ".length()).replaceFirst("#", "/")));
            return keys;
        }
    }

    static Undisturbed undisturbed(CrashScenario scenario, WaitTimeSettings settings) {
        CrashPoint recorder = new CrashPoint();
        try (LambdaHandlerDriver container = new LambdaHandlerDriver(() -> new DynamoDbStores(recorder))) {
            container.start(settings);
            scenario.setup().forEach(e -> container.deliverRaw(BusEventJson.of(e)));
            recorder.record();
            JsonNode out = container.deliverRaw(BusEventJson.of(scenario.event()));
            return new Undisturbed(recorder.recorded(), details(out));
        }
    }

    private static void crashAndRetry(CrashScenario scenario, Undisturbed undisturbed, int call, When when) {
        CrashPoint crash = new CrashPoint();
        DynamoDbStores[] stores = new DynamoDbStores[1];
        try (LambdaHandlerDriver container = new LambdaHandlerDriver(() -> stores[0] = new DynamoDbStores(crash))) {
            container.start(SETTINGS);
            JsonNode retry = scenario.crashAndRetry(container, crash, call, when);

            List<BusEvent> all = scenario.events();
            Set<WindowKey> keys = StoredWindows.keysOf(all);
            StoredWindows stored = new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS);
            ReferenceOracle.Outcome expected = ReferenceOracle.of(all, SETTINGS);
            Map<String, ReferenceOracle.Expected> actual = stored.figures(keys);
            POINTS.incrementAndGet();
            if (!actual.equals(expected.windows())) {
                MISMATCHES.incrementAndGet();
            }
            assertThat(actual).isEqualTo(expected.windows());

            // A window written before the crash is announced again only where the order is in it, or where its
            // reports name several drinks (then every window it touches is); every other one as undisturbed.
            Set<String> writtenBefore = undisturbed.keysWrittenIn(when == When.AFTER_SERVER_ANSWERED ? call : call - 1);
            String order = scenario.event().orderId();
            boolean severalDrinks = all.stream().filter(e -> order.equals(e.orderId()) && e.drink() != null)
                    .map(BusEvent::drink).distinct().count() > 1;
            List<String> announced = new ArrayList<>();
            for (String detail : undisturbed.details()) {
                String key = keyOf(detail);
                if (!writtenBefore.contains(key) || severalDrinks
                        || expected.members().getOrDefault(key, List.of()).contains(order)) {
                    announced.add(detail);
                }
            }
            LOST_UPDATES.addAndGet(undisturbed.details().size() - announced.size());
            assertThat(details(retry)).as("the retry announces what an undisturbed delivery does, as it would")
                    .isEqualTo(announced);
            assertThat(TableContents.of(stores[0]).entriesOfAnotherVersion())
                    .as("every index entry written again from the order's record").isZero();

            // The next change of each key emits its whole stored window: every screen catches up.
            Emissions emissions = new Emissions();
            emissions.addEntries(retry);
            LateOrders.forEach(keys).forEach(e -> emissions.addEntries(container.deliverRaw(BusEventJson.of(e))));
            Map<String, String> storedIds = new TreeMap<>();
            stored.current(keys).forEach((k, u) -> storedIds.put(k, u.updateId()));
            assertThat(new TreeMap<>(emissions.lastUpdateIds())).isEqualTo(storedIds);
            assertThat(emissions.conflictingUpdateIds()).isEmpty();
        }
    }

    private static String keyOf(String detail) {
        try {
            JsonNode d = JSON.readTree(detail);
            return d.path("eventId").asText() + "/" + d.path("drink").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> details(JsonNode handlerOutput) {
        List<String> details = new ArrayList<>();
        handlerOutput.path("entries").forEach(e -> details.add(e.path("Detail").asText()));
        return details;
    }

}
