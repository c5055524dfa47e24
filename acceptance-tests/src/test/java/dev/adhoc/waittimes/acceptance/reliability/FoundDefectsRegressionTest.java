package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.acceptance.reliability.CrashPoint.When;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.adhoc.waittimes.acceptance.reliability.CrashScenario.completed;
import static dev.adhoc.waittimes.acceptance.reliability.CrashScenario.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deterministic reproductions of the defects these tests found, now fixed (docs/reliability.md, "Defects found"):
 * each asserts the contract, so a regression shows at once.
 */
class FoundDefectsRegressionTest {
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;
    private static final WindowKey NYC_LATTE = StoredWindows.key("NYC", "Caffe Latte");
    /** Not a timing assertion: only turns a lost latch into a failure instead of a hung build. */
    private static final long HANG_GUARD_MINUTES = 5;

    /**
     * Two reports of one order's submission (the later one at 10:00:00, the earlier, winning one at 09:59:50) are
     * recorded by two containers at once, its completion (10:01:40) being already known. Container A merges the
     * later report and is descheduled before its window write; container B merges the earlier report (it wins) and
     * writes the window with the 110 s wait; then A writes the 100 s wait it computed from the record it merged.
     * The window's optimistic concurrency does not help: A read the window after B wrote it.
     */
    @Test
    void two_conflicting_reports_recorded_at_once_leave_the_winners_wait_in_the_window() throws Exception {
        PauseAfterFirstMerge pause = new PauseAfterFirstMerge();
        DynamoDbStores[] stores = new DynamoDbStores[2];
        ExecutorService containerA = Executors.newSingleThreadExecutor();
        try (LambdaHandlerDriver a = new LambdaHandlerDriver(() -> stores[0] = new DynamoDbStores(pause));
             LambdaHandlerDriver b = new LambdaHandlerDriver(() -> stores[1] = DynamoDbStores.sharing(stores[0]))) {
            a.start(SETTINGS);
            b.start(SETTINGS);
            BusEvent completion = completed("o-1", 100);
            BusEvent later = submitted("o-1", "Caffe Latte", 0, "report-later");
            BusEvent earlier = submitted("o-1", "Caffe Latte", -10, "report-earlier");
            b.deliverRaw(BusEventJson.of(completion));

            pause.arm();
            Future<JsonNode> recordingLater = containerA.submit(() -> a.deliverRaw(BusEventJson.of(later)));
            assertThat(pause.merged.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).as("A merged").isTrue();
            b.deliverRaw(BusEventJson.of(earlier));
            pause.release.countDown();
            recordingLater.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);

            Map<String, ReferenceOracle.Expected> stored =
                    new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS)
                            .figures(List.of(NYC_LATTE));
            Map<String, ReferenceOracle.Expected> contract =
                    ReferenceOracle.windows(List.of(completion, later, earlier), SETTINGS);
            assertThat(stored).isEqualTo(contract);
        } finally {
            containerA.shutdownNow();
        }
    }

    /**
     * An earlier report of a counted order's submission names another drink: the record's write moves the order
     * from Caffe Latte to Mocha, then the two windows are written. A crash right after the record's write leaves
     * both windows untouched; the retry is a duplicate of the winning report, which only re-applied the order's
     * current window (Mocha): Caffe Latte kept the sample, and the order counted in both windows. Fixed: the record
     * keeps every submission report, and every event of the order writes its place in every key they name, a
     * tombstone where it does not count (ADR 0012; {@link CrashBetweenWritesTest} runs this scenario at every
     * point).
     */
    @Test
    void a_crash_while_a_sample_moves_to_another_drink_is_healed_by_the_retry() {
        CrashScenario scenario = CrashScenario.drinkChange();
        int recordWrite = CrashBetweenWritesTest.undisturbed(scenario, SETTINGS).recordWrite();
        CrashPoint crash = new CrashPoint();
        DynamoDbStores[] stores = new DynamoDbStores[1];
        try (LambdaHandlerDriver container = new LambdaHandlerDriver(() -> stores[0] = new DynamoDbStores(crash))) {
            container.start(SETTINGS);
            scenario.crashAndRetry(container, crash, recordWrite, When.AFTER_SERVER_ANSWERED);

            List<BusEvent> all = scenario.events();
            Map<String, ReferenceOracle.Expected> stored =
                    new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS)
                            .figures(StoredWindows.keysOf(all));
            Map<String, ReferenceOracle.Expected> contract =
                    ReferenceOracle.windows(all, SETTINGS);
            assertThat(stored).isEqualTo(contract);
        }
    }

    /**
     * An order submitted and completed in the year 10000: accepted, and its update's {@code asOf}
     * ({@code "+10000-01-01T00:01:00Z"}) is not the RFC 3339 date-time the events catalog publishes, so the
     * emitted entry breaks the catalog ({@link LambdaHandlerDriver} validates every entry). The contract: a time
     * that cannot be carried is rejected ({@code UNPARSABLE_TIME}).
     */
    @Test
    void an_order_in_the_year_10000_is_rejected_as_an_unparsable_time() {
        try (LambdaHandlerDriver container = new LambdaHandlerDriver(InMemoryStores::new)) {
            container.start(SETTINGS);
            BusEvent submission = new BusEvent(BusEvent.Kind.SUBMITTED, "y-s", "NYC", "y-1", "Caffe Latte",
                    "+10000-01-01T00:00:00Z");
            BusEvent completion = new BusEvent(BusEvent.Kind.COMPLETED, "y-c", "NYC", "y-1", null,
                    "+10000-01-01T00:01:00Z");
            JsonNode submitted = container.deliverRaw(BusEventJson.of(submission));
            assertThat(submitted.path("rejection").path("reason").asText()).isEqualTo("UNPARSABLE_TIME");
        }
    }

    /**
     * Two orders whose ids differ only in an unpaired surrogate ("o-" then U+D800, or U+DC00), escaped in the JSON
     * as the bus would carry them: core
     * accepts both; UTF-8 cannot carry either, and over dynalite they share one order item, so the second order
     * is never counted — in memory both are. The contract: not Unicode text, rejected ({@code INVALID_VALUE}).
     */
    @Test
    void an_order_id_with_an_unpaired_surrogate_is_rejected_as_an_invalid_value() {
        List<BusEvent> day = List.of(
                submitted("o-\ud800", "Caffe Latte", 0), completed("o-\ud800", 60),
                submitted("o-\udc00", "Caffe Latte", 10), completed("o-\udc00", 100));
        Map<String, Integer> sampleSizes = new TreeMap<>();
        JsonNode first = null;
        for (boolean dynamo : new boolean[] {false, true}) {
            LambdaHandlerDriver.Stores[] stores = new LambdaHandlerDriver.Stores[1];
            try (LambdaHandlerDriver container = new LambdaHandlerDriver(
                    () -> stores[0] = dynamo ? new DynamoDbStores() : new InMemoryStores())) {
                container.start(SETTINGS);
                for (BusEvent e : day) {
                    JsonNode out = container.deliverRaw(escapeSurrogates(BusEventJson.of(e)));
                    first = first == null ? out : first;
                }
                sampleSizes.put(dynamo ? "dynamodb" : "in-memory", new StoredWindows(stores[0].orderRecords(),
                        stores[0].samples(), SETTINGS).current(List.of(NYC_LATTE)).values().stream()
                        .mapToInt(u -> u.figures().sampleSize()).sum());
            }
        }
        assertThat(first.path("rejection").path("reason").asText()).isEqualTo("INVALID_VALUE");
    }

    /** @return the JSON with every UTF-16 surrogate as a {@code \\uXXXX} escape (UTF-8 cannot carry a lone one) */
    private static String escapeSurrogates(String json) {
        StringBuilder escaped = new StringBuilder();
        json.chars().forEach(c -> escaped.append(Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    /** Holds container A's thread right after its first order-record write, until released. */
    private static final class PauseAfterFirstMerge implements ExecutionInterceptor {
        final CountDownLatch merged = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean armed;

        void arm() {
            armed = true;
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (armed && "UpdateItem".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                armed = false;
                merged.countDown();
                try {
                    if (!release.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
