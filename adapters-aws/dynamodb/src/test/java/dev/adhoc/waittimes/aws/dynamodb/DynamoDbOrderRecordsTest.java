package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.T0;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.claimed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.closed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.completed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Order records on dynalite: the stored record is core's {@link OrderRecord#merge} of the reports, whatever their
 * order, duplication and conflicts, with one {@code UpdateItem} per report.
 */
class DynamoDbOrderRecordsTest {
    private static final String PREFIX = "wait-times";
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant EXPIRY = T0.plusSeconds(86_400);
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static final AtomicInteger ORDERS = new AtomicInteger();
    private static DynamoDbClient client;
    private static WaitTimesTable table;
    private static DynamoDbOrderRecords records;

    @BeforeAll
    @BeforeContainer
    static void connect() {
        client = LocalDynamo.client(DynaliteServer.shared(), METER);
        table = LocalDynamo.newTable(client);
        records = new DynamoDbOrderRecords(client, table, PREFIX);
    }

    @AfterAll
    @AfterContainer
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void resetMeter() {
        METER.reset();
    }

    // ---- properties: the store is core's merge --------------------------------------------------------------

    /** Small pools, so that reports tie on time, share event ids and disagree about one order. */
    private static final List<Instant> TIMES = List.of(T0, T0.plusMillis(1), T0.plusMillis(1).plusNanos(500),
            T0.plusMillis(250), T0.plusSeconds(1));
    /** Java orders a surrogate pair (U+1F600) before U+E000 and U+FFFF; UTF-8 the other way round. */
    private static final List<String> EVENT_IDS = List.of("e1", "e2", "😀", "\uE000", "\uFFFF", "e#1");
    private static final List<String> DRINKS = List.of("Latte", "Mocha", "😀 tea", "\uFFFD");

    /**
     * A report of an order, without the order: kind 0 submission, 1 claim, 2 completion, 3 closing; detail picks
     * the drink or the closing reason.
     */
    record Report(int kind, int time, String eventId, int detail) {
        /** One spec per distinct report: claims and completions have no detail, closings two reasons. */
        Report {
            detail = kind == 1 || kind == 2 ? 0 : kind == 3 ? detail % 2 : detail;
        }

        OrderEvent of(OrderId order) {
            Occurrence o = new Occurrence(TIMES.get(time), eventId);
            return switch (kind) {
                case 0 -> new OrderSubmitted(NYC, order, new Drink(DRINKS.get(detail)), o);
                case 1 -> new OrderClaimed(NYC, order, o);
                case 2 -> new OrderCompleted(NYC, order, o);
                default -> new OrderClosed(NYC, order, ClosingReason.values()[detail % 2], o);
            };
        }

        /** A function of the report: its duplicates carry the same expiry. */
        Instant expiry() {
            return EXPIRY.plusSeconds(3L * time + kind);
        }
    }

    /** A report as delivered, with the expiry the engine would pass. */
    record Delivered(Report report, long expiryOffset) {
    }

    /** Two deliveries of the same set of reports. */
    record Two(List<Report> distinct, List<Report> first, List<Report> second) {
    }

    @Provide
    Arbitrary<Report> reports() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, TIMES.size() - 1),
                Arbitraries.of(EVENT_IDS), Arbitraries.integers().between(0, DRINKS.size() - 1)).as(Report::new);
    }

    /** A shuffle of some reports and duplicates of them. */
    private Arbitrary<List<Report>> delivery(List<Report> distinct) {
        return Arbitraries.integers().between(0, distinct.size() - 1).list().ofMaxSize(distinct.size()).flatMap(dups -> {
            List<Report> all = new ArrayList<>(distinct);
            dups.forEach(i -> all.add(distinct.get(i)));
            return Arbitraries.shuffle(all);
        });
    }

    @Provide
    Arbitrary<List<Delivered>> deliveries() {
        return reports().list().ofMinSize(1).ofMaxSize(12).flatMap(this::delivery)
                .flatMap(order -> Arbitraries.of(0L, 1L, 2L, 3600L).list().ofSize(order.size()).map(offsets -> {
                    List<Delivered> delivered = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        delivered.add(new Delivered(order.get(i), offsets.get(i)));
                    }
                    return delivered;
                }));
    }

    @Provide
    Arbitrary<Two> twoDeliveries() {
        return reports().list().uniqueElements().ofMinSize(1).ofMaxSize(12).flatMap(distinct ->
                Combinators.combine(delivery(distinct), delivery(distinct)).as((a, b) -> new Two(distinct, a, b)));
    }

    /** Each merge returns what core's merge makes of the record as stored before it, expiries included. */
    @Property(tries = 80)
    void everyMergeIsCoresMergeOfTheStoredRecord(@ForAll("deliveries") List<Delivered> delivery) {
        OrderId order = newOrder();
        OrderRecord model = OrderRecord.empty(NYC, order);
        for (Delivered d : delivery) {
            OrderEvent event = d.report().of(order);
            Instant expiry = EXPIRY.plusSeconds(d.expiryOffset());
            OrderRecord after = model.merge(event, expiry);

            RecordChange change = records.merge(event, expiry);

            assertThat(change).as("%s", event).isEqualTo(new RecordChange(model, after));
            model = after;
        }
        assertThat(records.find(NYC, order)).contains(model);
    }

    /** Any order and any duplication of the same reports give the same record: core's, of the set. */
    @Property(tries = 40)
    void anyOrderAndDuplicationOfTheSameReportsGivesTheSameRecord(@ForAll("twoDeliveries") Two two) {
        OrderId first = newOrder();
        OrderId second = newOrder();
        two.first().forEach(r -> records.merge(r.of(first), r.expiry()));
        two.second().forEach(r -> records.merge(r.of(second), r.expiry()));

        OrderRecord model = OrderRecord.empty(NYC, first);
        for (Report r : two.distinct()) {
            model = model.merge(r.of(first), r.expiry());
        }
        OrderRecord a = records.find(NYC, first).orElseThrow();
        OrderRecord b = records.find(NYC, second).orElseThrow();
        assertThat(a).isEqualTo(model);
        assertThat(b.sameFactsAs(a)).as("%s has the facts of %s", b, a).isTrue();
        assertThat(b.version()).isEqualTo(a.version()).isEqualTo(two.distinct().size());
        assertThat(b.expiresAt()).isEqualTo(a.expiresAt());
    }

    // ---- examples ---------------------------------------------------------------------------------------------

    @Test
    void aNewReportIsOneUpdateItemThatAddsItCountsItsKindAndOneVersion() {
        OrderSubmitted event = submitted("NYC", "first", "Caffe Latte", 0, "e-1");

        RecordChange change = records.merge(event, EXPIRY);

        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 1L));
        OrderRecord empty = OrderRecord.empty(event.tenant(), event.orderId());
        assertThat(change.before()).isEqualTo(empty);
        assertThat(change.after()).isEqualTo(empty.merge(event, EXPIRY));
        assertThat(change.after().version()).isEqualTo(1);
        assertThat(records.find(event.tenant(), event.orderId())).contains(change.after());
        Map<String, AttributeValue> item = item(event);
        assertThat(item.get(OrderItem.VERSION).n()).isEqualTo("1");
        assertThat(item.get("nS").n()).isEqualTo("1");
        assertThat(item.keySet()).filteredOn(name -> name.startsWith("S.")).hasSize(1);
    }

    @Test
    void theVersionCountsNewReportsOnlyAndADuplicateReturnsTheStoredRecordUnchanged() {
        OrderSubmitted submission = submitted("NYC", "versions", "Mocha", 0, "s-1");
        OrderCompleted completion = completed("NYC", "versions", 60, "c-1");
        OrderCompleted conflicting = completed("NYC", "versions", 50, "c-2");

        assertThat(records.merge(submission, EXPIRY).after().version()).isEqualTo(1);
        RecordChange duplicate = records.merge(submission, EXPIRY.plusSeconds(3600));
        assertThat(records.merge(completion, EXPIRY).after().version()).isEqualTo(2);
        RecordChange second = records.merge(conflicting, EXPIRY);
        METER.reset();
        RecordChange again = records.merge(completion, EXPIRY.plusSeconds(3600));
        DynamoDbRequestMeter.Snapshot duplicateCost = METER.snapshot();

        assertThat(duplicate.changed()).isFalse();
        assertThat(duplicate.before()).isEqualTo(duplicate.after());
        assertThat(duplicate.after().version()).isEqualTo(1);
        assertThat(duplicate.after().expiresAt()).contains(EXPIRY); // a duplicate does not extend the record's life
        assertThat(second.after().version()).isEqualTo(3);
        assertThat(second.after().completion().orElseThrow().eventId()).isEqualTo("c-2"); // the earlier report wins
        assertThat(again.before()).isEqualTo(again.after()).isEqualTo(second.after());
        assertThat(item(submission).get(OrderItem.VERSION).n()).isEqualTo("3");
        // dynalite returns no item with a failed condition, so one consistent GetItem reads it (DynamoDB does not need it)
        assertThat(duplicateCost.requests()).isEqualTo(Map.of("UpdateItem", 1L, "GetItem", 1L));
        assertThat(duplicateCost.refused("UpdateItem")).isEqualTo(1);
    }

    @ParameterizedTest(name = "kind {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void theSeventeenthDistinctReportOfAKindIsRejectedAndNothingIsWritten(int kind) {
        OrderId order = newOrder();
        IntFunction<OrderEvent> report = i -> new Report(kind, 0, "e-" + i, 0).of(order);
        OrderRecord model = OrderRecord.empty(NYC, order);
        for (int i = 0; i < OrderRecord.MAX_REPORTS_PER_KIND; i++) {
            model = model.merge(report.apply(i), EXPIRY);
            assertThat(records.merge(report.apply(i), EXPIRY).after()).isEqualTo(model);
        }
        Map<String, AttributeValue> full = item(report.apply(0));

        assertThatThrownBy(() -> records.merge(report.apply(99), EXPIRY.plusSeconds(60)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.TOO_MANY_REPORTS));

        assertThat(item(report.apply(0))).isEqualTo(full);
        assertThat(records.find(NYC, order)).contains(model);
        // a duplicate of a kept report is still a duplicate, and another kind still has room
        RecordChange duplicate = records.merge(report.apply(3), EXPIRY);
        assertThat(duplicate.before()).isEqualTo(duplicate.after()).isEqualTo(model);
        OrderEvent other = new Report((kind + 1) % 4, 0, "other", 0).of(order);
        assertThat(records.merge(other, EXPIRY).after()).isEqualTo(model.merge(other, EXPIRY));
    }

    @Test
    void aStoredExpiryThatIsLaterIsKept() {
        OrderSubmitted future = submitted("NYC", "future", "Mocha", 20, "e-2");
        OrderSubmitted now = submitted("NYC", "future", "Mocha", 10, "e-1");
        records.merge(future, EXPIRY.plusSeconds(500));
        METER.reset();

        RecordChange change = records.merge(now, EXPIRY);

        // the first attempt sets the expiry; its condition fails on the later one, so the report is added alone
        // (dynalite returns no item with a failed condition: one consistent GetItem reads it; DynamoDB does not need it)
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 2L, "GetItem", 1L));
        OrderRecord expected = OrderRecord.empty(NYC, now.orderId()).merge(future, EXPIRY.plusSeconds(500)).merge(now, EXPIRY);
        assertThat(change.after()).isEqualTo(expected);
        assertThat(change.after().expiresAt()).contains(EXPIRY.plusSeconds(500));
        assertThat(change.before().expiresAt()).contains(EXPIRY.plusSeconds(500));
        assertThat(records.find(NYC, now.orderId())).contains(expected);
        assertThat(item(now).get(WaitTimesTable.EXPIRES_AT).n()).isEqualTo(Long.toString(EXPIRY.getEpochSecond() + 500));
    }

    @Test
    void expiriesAreStoredInWholeEpochSecondsRoundedUp() {
        OrderSubmitted event = submitted("NYC", "rounded", "Mocha", 0, "e-1");

        RecordChange change = records.merge(event, EXPIRY.plusMillis(1));

        assertThat(change.after().expiresAt()).contains(EXPIRY.plusSeconds(1));
        assertThat(item(event).get(WaitTimesTable.EXPIRES_AT).n()).isEqualTo(Long.toString(EXPIRY.getEpochSecond() + 1));
        assertThat(records.find(event.tenant(), event.orderId()).orElseThrow().expiresAt()).contains(EXPIRY.plusSeconds(1));

        OrderCompleted whole = completed("NYC", "rounded", 60, "e-2");
        records.merge(whole, EXPIRY.plusSeconds(7));
        assertThat(item(event).get(WaitTimesTable.EXPIRES_AT).n()).isEqualTo(Long.toString(EXPIRY.getEpochSecond() + 7));
    }

    @Test
    void findReadsTheStoredRecordOfOneOrderOfOneTenant() {
        OrderSubmitted event = submitted("NYC", "found", "Mocha", 0, "e-1");
        RecordChange change = records.merge(event, EXPIRY);
        METER.reset();

        assertThat(records.find(NYC, new OrderId("found"))).contains(change.after());
        assertThat(records.find(NYC, new OrderId("never-seen"))).isEmpty();
        assertThat(records.find(new TenantId("NYC2"), new OrderId("found"))).isEmpty();
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("GetItem", 3L));
    }

    @Test
    void everyKindOfReportRoundTripsWithHashesQuotesAndUnicodeUnderDistinctKeys() {
        List<OrderEvent> events = List.of(
                submitted("NYC", "a#b", "Caffè \"Latte\" #1 😀", 0, "id#'\"😀"),
                claimed("NYC", "a#b", 5, "k#1"),
                completed("NYC", "a#b", 60, "\uFFFF"),
                closed("NYC", "a#b", ClosingReason.TIMED_OUT, 90, "\uE000"),
                submitted("NYC", "a", "Mocha", 0, "e-1"),
                submitted("NYC", "a#b#c", "Tea", 0, "e-2"),
                submitted("NYC.b", "c", "Tea", 0, "e-3"),
                submitted("re-invent_2026", "'quoted' \"order\" é 日本 \uD83D\uDE00", "抹茶 latte", 0, "\uD83D\uDE00 pair"));
        for (OrderEvent event : events) {
            records.merge(event, EXPIRY);
        }
        Map<String, OrderRecord> expected = new java.util.LinkedHashMap<>();
        for (OrderEvent event : events) {
            expected.merge(event.tenant() + "/" + event.orderId(), OrderRecord.empty(event.tenant(), event.orderId())
                    .merge(event, EXPIRY), (a, b) -> a.merge(event, EXPIRY));
        }
        for (OrderRecord record : expected.values()) {
            assertThat(records.find(record.tenant(), record.orderId())).contains(record);
        }
        assertThat(item(events.get(0)).get(WaitTimesTable.PARTITION_KEY).s()).isEqualTo("wait-times#ORDER#NYC#a#b");
    }

    @Test
    void theKeyPrefixSeparatesExtensionsSharingTheTable() {
        DynamoDbOrderRecords other = new DynamoDbOrderRecords(client, table, "queue-times");
        OrderSubmitted submission = submitted("NYC", "shared-id", "Mocha", 0, "e-1");
        OrderCompleted completion = completed("NYC", "shared-id", 60, "e-2");

        RecordChange mine = records.merge(submission, EXPIRY);
        RecordChange theirs = other.merge(submission, EXPIRY);
        other.merge(completion, EXPIRY);

        assertThat(theirs.before().isEmpty()).isTrue(); // not a duplicate of the other extension's report
        assertThat(theirs.after()).isEqualTo(mine.after());
        assertThat(records.find(NYC, submission.orderId())).contains(mine.after());
        assertThat(other.find(NYC, submission.orderId()).orElseThrow().completions()).hasSize(1);
        assertThat(client.getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(table.recordKey("queue-times", NYC, submission.orderId()))).item()).isNotEmpty();
    }

    /** Six threads deliver the same reports of one order at once, each in its own order: nothing is lost. */
    @Test
    void concurrentMergesOfOneOrderLoseNothing() throws Exception {
        OrderId order = newOrder();
        List<OrderEvent> all = new ArrayList<>();
        for (int i = 0; i < OrderRecord.MAX_REPORTS_PER_KIND; i++) {
            for (int kind = 0; kind < 4; kind++) {
                all.add(new Report(kind, i % TIMES.size(), "e-" + i, i % DRINKS.size()).of(order));
            }
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> added = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                List<OrderEvent> mine = new ArrayList<>(all);
                Collections.shuffle(mine, new java.util.Random(t));
                Callable<Integer> task = () -> {
                    start.await();
                    int changes = 0;
                    for (OrderEvent event : mine) {
                        RecordChange change = records.merge(event, EXPIRY);
                        assertThat(change.after().holds(event)).isTrue();
                        if (change.changed()) {
                            // one atomic step: the record after is the merge of what it found
                            assertThat(change.after()).isEqualTo(change.before().merge(event, EXPIRY));
                            changes++;
                        } else {
                            assertThat(change.before()).isEqualTo(change.after());
                        }
                    }
                    return changes;
                };
                added.add(pool.submit(task));
            }
            start.countDown();
            int changes = 0;
            for (Future<Integer> result : added) {
                changes += result.get();
            }
            assertThat(changes).as("each report added exactly once").isEqualTo(all.size());
        } finally {
            pool.shutdownNow();
        }
        OrderRecord expected = OrderRecord.empty(NYC, order);
        for (OrderEvent event : all) {
            expected = expected.merge(event, EXPIRY);
        }
        assertThat(records.find(NYC, order)).contains(expected);
        assertThat(expected.version()).isEqualTo(all.size());
    }

    private static OrderId newOrder() {
        return new OrderId("o-" + ORDERS.incrementAndGet());
    }

    private static Map<String, AttributeValue> item(OrderEvent event) {
        return client.getItem(r -> r.tableName(table.name()).consistentRead(true)
                .key(table.recordKey(PREFIX, event.tenant(), event.orderId()))).item();
    }
}
