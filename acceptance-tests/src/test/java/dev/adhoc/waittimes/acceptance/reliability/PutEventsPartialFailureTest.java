package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeWaitTimePublisher;
import dev.adhoc.waittimes.aws.eventbridge.PublishFailedException;
import dev.adhoc.waittimes.aws.eventbridge.PublishRetry;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PutEvents} answering with partial failures ({@code FailedEntryCount > 0}) on a seeded quarter of the
 * entries, on the two ways updates leave the extension:
 *
 * <ul>
 *   <li>the real {@link EventBridgeWaitTimePublisher} (the event player's way): it resends only the failed entries;
 *       an update that fails every resend makes the recording throw, and the event is delivered again: the
 *       redelivery announces again every window the event's order is in, with the same update id (ADR 0012);</li>
 *   <li>the Lambda's entries emitted as the Step Functions {@code events:putEvents} task does (docs/adr/0003): any
 *       failed entry fails the task ({@code EventBridge.FailedEntry}) and its {@code Retry} puts <em>all</em> the
 *       entries again, so the bus carries duplicates.</li>
 * </ul>
 *
 * Both: the stored windows equal the reference oracle's; every update id reaches the bus with one detail only
 * (duplicates are identical, so a screen may drop a repeated id); after one later order per key every screen shows
 * its stored window. In-memory stores: the storage's own faults are {@link DynamoDbFaultInjectionTest}'s.
 */
class PutEventsPartialFailureTest {
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FAILED_PERCENT = 25;
    private static LoopbackEventBridge bus;
    private static EventBridgeClient client;

    @BeforeAll
    static void startBus() {
        bus = new LoopbackEventBridge();
        client = bus.client();
    }

    @AfterAll
    static void stopBus() {
        client.close();
        bus.close();
    }

    @Test
    void the_publisher_resends_failed_entries_and_an_update_id_never_carries_two_values() {
        int orders = RunReport.orders(400);
        long seed = RunReport.seed();
        ChaosStream stream = ChaosStream.generate(seed, orders, 25, 2, 120);
        Random random = new Random(seed);
        // A sixteenth of the updates (update id starting with '0') fail every resend: they are given up.
        bus.script(detail -> updateId(detail).startsWith("0") ? Optional.of("InternalFailure")
                : random.nextInt(100) < FAILED_PERCENT ? Optional.of("ThrottlingException") : Optional.empty());
        int before = bus.accepted().size();
        int failedBefore = bus.failedEntries();
        List<Duration> backoffs = new ArrayList<>();
        // The backoffs are recorded, not slept.
        PublishRetry retry =
                new PublishRetry(4, Duration.ofMillis(100), Duration.ofSeconds(2), backoffs::add, () -> 0.5);
        InMemoryStores stores = new InMemoryStores();
        WaitTimesService service = WaitTimesService.builder().settings(SETTINGS).orderRecords(stores.orderRecords())
                .samples(stores.samples()).clock(CLOCK)
                .publisher(new EventBridgeWaitTimePublisher(client,
                        new WaitTimeEntries(ContractJson.newMapper(), "Serverlesspresso"), retry))
                .build();
        OrderEventParser parser = new OrderEventParser(SETTINGS.completionMode());
        int givenUp = 0;
        for (int i = 0; i < stream.deliveries().size(); i++) {
            ParseResult parsed = parser.parse(stream.deliveries().get(i).json(), "delivery " + i);
            for (int attempt = 1; attempt <= 5; attempt++) {
                try {
                    if (parsed instanceof ParseResult.Parsed p) {
                        service.record(p.event());
                    } else if (parsed instanceof ParseResult.Rejected r) {
                        service.reject(r.rejection());
                    }
                    break;
                } catch (PublishFailedException e) {
                    givenUp++; // the event is delivered again: it announces the windows its order is in again
                }
            }
        }
        Emissions emissions = new Emissions();
        bus.accepted().subList(before, bus.accepted().size()).forEach(emissions::addDetail);

        bus.script(detail -> Optional.empty());
        Outcome outcome = checkAndCatchUp(SETTINGS, stream.events(), stores, emissions,
                e -> parser.parse(BusEventJson.of(e), e.id()) instanceof ParseResult.Parsed p
                        ? service.record(p.event()) : null,
                () -> bus.accepted().subList(before, bus.accepted().size()));
        RunReport.write("putevents-publisher", String.format("orders=%d events=%d deliveries=%d duplicates=%d"
                        + " updatesOnBus=%d failedEntries=%d resends=%d givenUpUpdates=%d conflictingUpdateIds=%d"
                        + " staleScreensBeforeCatchUp=%d mismatches=%d", orders, stream.events().size(),
                stream.deliveries().size(), stream.duplicates(), outcome.emittedBeforeCatchUp(),
                bus.failedEntries() - failedBefore, backoffs.size(), givenUp, outcome.conflicting(),
                outcome.staleScreens(), outcome.mismatches()));

        assertThat(givenUp).as("some updates failed every resend").isPositive();
        outcome.assertConsistent();
    }

    /**
     * Drink changes make the Lambda return two entries. Windows of ten fill, and samples that leave them (another
     * drink, a negative wait, a wait above the ceiling) bring back the ones they had pushed out.
     */
    @Test
    void the_workflows_task_retry_puts_whole_batches_again_and_duplicates_are_identical() {
        WaitTimeSettings settings = SETTINGS;
        int orders = Math.min(RunReport.orders(400), 5000);
        long seed = RunReport.seed() + 1;
        ChaosStream stream = ChaosStream.generate(seed, orders, 25, 2, 120);
        Random random = new Random(seed);
        bus.script(detail -> random.nextInt(100) < FAILED_PERCENT
                ? Optional.of("ThrottlingException") : Optional.empty());
        int before = bus.accepted().size();
        int failedBefore = bus.failedEntries();
        InMemoryStores stores = new InMemoryStores();
        int[] taskRetries = new int[1];
        int[] caught = new int[1];
        List<BusEvent> drinkChanges = drinkChanges(stream.events());
        List<BusEvent> events = new ArrayList<>(stream.events());
        events.addAll(drinkChanges);
        try (LambdaHandlerDriver container = new LambdaHandlerDriver(() -> stores)) {
            container.start(settings);
            Consumer<JsonNode> emit = output -> {
                int attempts = putEventsTask(output.path("entries"));
                if (attempts < 0) {
                    caught[0]++; // the task's Catch: the entries go to the dead-letter queue
                } else {
                    taskRetries[0] += attempts - 1;
                }
            };
            stream.deliveries().forEach(d -> emit.accept(container.deliverRaw(d.json())));
            drinkChanges.forEach(e -> emit.accept(container.deliverRaw(BusEventJson.of(e))));
            Emissions emissions = new Emissions();
            bus.accepted().subList(before, bus.accepted().size()).forEach(emissions::addDetail);

            Outcome outcome = checkAndCatchUp(settings, events, stores, emissions, e -> {
                emit.accept(container.deliverRaw(BusEventJson.of(e)));
                return null;
            }, () -> bus.accepted().subList(before, bus.accepted().size()));
            RunReport.write("putevents-workflow", String.format("orders=%d events=%d deliveries=%d duplicates=%d"
                            + " drinkChanges=%d fullWindows=%d entriesOnBus=%d failedEntries=%d taskRetries=%d caughtToDlq=%d"
                            + " repeatedUpdateIds=%d conflictingUpdateIds=%d staleScreensBeforeCatchUp=%d"
                            + " mismatches=%d", orders, stream.events().size(), stream.deliveries().size(),
                    stream.duplicates(), drinkChanges.size(), outcome.fullWindows(settings), outcome.emittedBeforeCatchUp(),
                    bus.failedEntries() - failedBefore, taskRetries[0], caught[0], emissions.repeatedUpdateIds(),
                    outcome.conflicting(), outcome.staleScreens(), outcome.mismatches()));

            assertThat(emissions.repeatedUpdateIds()).as("the task retry put duplicates on the bus").isPositive();
            assertThat(outcome.fullWindows(settings)).as("windows filled").isPositive();
            outcome.assertConsistent();
        }
    }

    /**
     * The {@code events:putEvents} task with {@code Retry: [{ErrorEquals: [EventBridge.FailedEntry], MaxAttempts: 2}]}.
     *
     * @return the attempts made, or -1 if every attempt failed
     */
    private static int putEventsTask(JsonNode entries) {
        if (entries.isEmpty()) {
            return 1;
        }
        List<PutEventsRequestEntry> request = new ArrayList<>();
        entries.forEach(e -> request.add(PutEventsRequestEntry.builder().source(e.path("Source").asText())
                .detailType(e.path("DetailType").asText()).eventBusName(e.path("EventBusName").asText())
                .detail(e.path("Detail").asText()).build()));
        for (int attempt = 1; attempt <= 3; attempt++) {
            PutEventsResponse response = client.putEvents(r -> r.entries(request));
            if (response.failedEntryCount() == 0) {
                return attempt;
            }
        }
        return -1;
    }

    /** What a run ended in, before and after one late order per key. */
    private record Outcome(Map<String, ReferenceOracle.Expected> expected, Map<String, ReferenceOracle.Expected> actual,
                           int emittedBeforeCatchUp, int conflicting, long staleScreens,
                           Map<String, ReferenceOracle.Expected> expectedAfter,
                           Map<String, ReferenceOracle.Expected> actualAfter, Map<String, String> storedIds,
                           Map<String, String> lastOnBus) {
        long mismatches() {
            return StoredWindows.mismatches(expected, actual);
        }

        long fullWindows(WaitTimeSettings settings) {
            return expected.values().stream().filter(w -> w.sampleSize() == settings.windowSize()).count();
        }

        void assertConsistent() {
            assertThat(actual).isEqualTo(expected);
            assertThat(conflicting).as("update ids emitted with two different details").isZero();
            assertThat(actualAfter).isEqualTo(expectedAfter);
            assertThat(lastOnBus).as("every screen shows the stored window").isEqualTo(storedIds);
        }
    }

    private static Outcome checkAndCatchUp(WaitTimeSettings settings, List<BusEvent> events, InMemoryStores stores,
                                           Emissions emissions,
                                           Function<BusEvent, Object> record,
                                           Supplier<List<String>> onBus) {
        Set<WindowKey> keys = StoredWindows.keysOf(events);
        StoredWindows stored = new StoredWindows(stores.orderRecords(), stores.samples(), settings);
        Map<String, ReferenceOracle.Expected> expected =
                ReferenceOracle.windows(events, settings);
        Map<String, ReferenceOracle.Expected> actual = stored.figures(keys);
        long stale = DynamoDbFaultInjectionTest.staleScreens(emissions, stored.current(keys));
        int emitted = emissions.size();

        List<BusEvent> late = LateOrders.forEach(keys);
        late.forEach(record::apply);
        Emissions after = new Emissions();
        onBus.get().forEach(after::addDetail);
        List<BusEvent> all = new ArrayList<>(events);
        all.addAll(late);
        Map<String, ReferenceOracle.Expected> expectedAfter =
                ReferenceOracle.windows(all, settings);
        Map<String, WaitTimeUpdate> current = stored.current(keys);
        Map<String, ReferenceOracle.Expected> actualAfter = new TreeMap<>();
        Map<String, String> storedIds = new TreeMap<>();
        current.forEach((k, u) -> {
            actualAfter.put(k, StoredWindows.expected(u));
            storedIds.put(k, u.updateId());
        });
        return new Outcome(expected, actual, emitted, after.conflictingUpdateIds().size(), stale, expectedAfter,
                actualAfter, storedIds, new TreeMap<>(after.lastUpdateIds()));
    }

    /**
     * For every fifth counted order, a second, earlier report of its submission naming another drink: its sample
     * moves from one window to another, and the Lambda returns two entries (the only way it returns two).
     */
    private static List<BusEvent> drinkChanges(List<BusEvent> events) {
        Map<String, BusEvent> submissions = new TreeMap<>();
        Map<String, BusEvent> completions = new TreeMap<>();
        for (BusEvent e : events) {
            String order = e.tenant() + "/" + e.orderId();
            if (e.kind() == BusEvent.Kind.SUBMITTED) {
                submissions.putIfAbsent(order, e);
            } else if (e.kind() == BusEvent.Kind.COMPLETED || e.kind() == BusEvent.Kind.COMPLETED_LEGACY) {
                completions.putIfAbsent(order, e);
            }
        }
        List<BusEvent> changes = new ArrayList<>();
        int counted = 0;
        for (Map.Entry<String, BusEvent> s : submissions.entrySet()) {
            BusEvent done = completions.get(s.getKey());
            Instant submitted = Instant.parse(s.getValue().time());
            if (done == null) {
                continue;
            }
            long wait = Duration.between(submitted, Instant.parse(done.time())).toSeconds();
            if (wait >= 0 && wait <= 600 && counted++ % 5 == 0) {
                BusEvent sub = s.getValue();
                String other = "Mocha".equals(sub.drink()) ? "Caffe Latte" : "Mocha";
                // 40 s earlier than its first report (it loses to a conflicting report earlier still)
                changes.add(new BusEvent(BusEvent.Kind.SUBMITTED, "drink-change-" + changes.size(), sub.tenant(),
                        sub.orderId(), other, submitted.minusSeconds(40).toString()));
            }
        }
        return changes;
    }

    private static String updateId(String detail) {
        try {
            return JSON.readTree(detail).path("updateId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
