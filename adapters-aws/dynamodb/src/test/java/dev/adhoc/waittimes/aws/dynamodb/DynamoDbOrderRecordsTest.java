package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.port.out.RecordChange;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.T0;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.closed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.completed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DynaliteExtension.class)
class DynamoDbOrderRecordsTest {
    private static final Instant EXPIRY = T0.plusSeconds(86_400);
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static DynamoDbClient client;

    private WaitTimesTable table;
    private DynamoDbOrderRecords records;

    @BeforeAll
    static void connect(DynaliteServer dynalite) {
        client = LocalDynamo.client(dynalite, METER);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshTable() {
        table = LocalDynamo.newTable(client);
        records = new DynamoDbOrderRecords(client, table);
        METER.reset();
    }

    @Test
    void aFirstFactIsStoredWithItsExpiryInOneWrite() {
        OrderSubmitted event = submitted("NYC", "o-1", "Caffe Latte", 0, "e-1");

        RecordChange change = records.merge(event, EXPIRY);

        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 1L));
        OrderRecord empty = OrderRecord.empty(event.tenant(), event.orderId());
        assertThat(change.before()).isEqualTo(empty);
        assertThat(change.after()).isEqualTo(empty.merge(event, EXPIRY));
        assertThat(records.find(event.tenant(), event.orderId())).contains(change.after());
        assertThat(item("ORDER#NYC#o-1")).containsEntry(WaitTimesTable.EXPIRES_AT,
                AttributeValue.fromN(Long.toString(EXPIRY.getEpochSecond())));
    }

    @Test
    void everyKindOfFactKeepsItsOwnSlotAndTheRecordItsLatestExpiry() {
        records.merge(submitted("NYC", "o-1", "Mocha", 0, "e-1"), EXPIRY);
        records.merge(completed("NYC", "o-1", 60, "e-2"), EXPIRY.plusSeconds(60));
        RecordChange change = records.merge(closed("NYC", "o-1", ClosingReason.CANCELLED, 90, "e-3"), EXPIRY.plusSeconds(90));

        OrderRecord expected = OrderRecord.empty(new TenantId("NYC"), new OrderId("o-1"))
                .merge(submitted("NYC", "o-1", "Mocha", 0, "e-1"), EXPIRY)
                .merge(completed("NYC", "o-1", 60, "e-2"), EXPIRY.plusSeconds(60))
                .merge(closed("NYC", "o-1", ClosingReason.CANCELLED, 90, "e-3"), EXPIRY.plusSeconds(90));
        assertThat(change.after()).isEqualTo(expected);
        assertThat(records.find(new TenantId("NYC"), new OrderId("o-1"))).contains(expected);
        assertThat(item("ORDER#NYC#o-1").get(WaitTimesTable.EXPIRES_AT).n())
                .isEqualTo(Long.toString(EXPIRY.plusSeconds(90).getEpochSecond()));
    }

    @Test
    void theEarliestSubmissionWinsWhicheverArrivesFirst() {
        OrderSubmitted early = submitted("NYC", "o-1", "Mocha", 10, "e-9");
        OrderSubmitted late = submitted("NYC", "o-1", "Caffe Latte", 20, "e-1");

        records.merge(late, EXPIRY);
        RecordChange earlyWins = records.merge(early, EXPIRY);
        RecordChange lateLoses = records.merge(late, EXPIRY);

        assertThat(earlyWins.changed()).isTrue();
        assertThat(earlyWins.after().submission().orElseThrow().drink()).isEqualTo(new Drink("Mocha"));
        assertThat(lateLoses.changed()).isFalse();
        assertThat(lateLoses.before()).isEqualTo(lateLoses.after()).isEqualTo(earlyWins.after());
        assertThat(lateLoses.after().holds(late)).isFalse();
    }

    @Test
    void equalTimesAreDecidedByEventIdThenDrinkThenReasonAsInCore() {
        List<OrderEvent> events = List.of(
                submitted("NYC", "o-1", "Mocha", 10, "e-2"), submitted("NYC", "o-1", "Mocha", 10, "e-1"),
                submitted("NYC", "o-1", "Latte", 10, "e-1"), submitted("NYC", "o-1", "😀", 10, "e-1"),
                submitted("NYC", "o-1", "\uFFFD", 10, "e-1"),
                completed("NYC", "o-1", 30, "e-b"), completed("NYC", "o-1", 30, "e-a"),
                closed("NYC", "o-1", ClosingReason.TIMED_OUT, 40, "e-x"),
                closed("NYC", "o-1", ClosingReason.CANCELLED, 40, "e-x"));
        for (List<OrderEvent> order : List.of(events, reversed(events))) {
            freshTable();
            OrderRecord expected = OrderRecord.empty(new TenantId("NYC"), new OrderId("o-1"));
            for (OrderEvent event : order) {
                RecordChange change = records.merge(event, EXPIRY);
                assertThat(change.before()).isEqualTo(expected);
                expected = expected.merge(event, EXPIRY);
                assertThat(change.after()).as("after %s", event).isEqualTo(expected);
            }
            assertThat(expected.submission().orElseThrow().drink()).isEqualTo(new Drink("Latte"));
            assertThat(expected.completion().orElseThrow().eventId()).isEqualTo("e-a");
            assertThat(expected.closing().orElseThrow().reason()).isEqualTo(ClosingReason.CANCELLED);
        }
    }

    @Test
    void aDuplicateChangesNothingAndReadsTheStoredRecordOnce() {
        OrderCompleted event = completed("NYC", "o-1", 60, "e-1");
        RecordChange first = records.merge(event, EXPIRY);
        METER.reset();

        RecordChange duplicate = records.merge(event, EXPIRY.plusSeconds(3600));

        assertThat(duplicate.changed()).isFalse();
        assertThat(duplicate.before()).isEqualTo(duplicate.after()).isEqualTo(first.after());
        assertThat(duplicate.after().holds(event)).isTrue();
        // dynalite returns no item with a failed condition, so one consistent GetItem reads it (DynamoDB does not need it)
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 1L, "GetItem", 1L));
        assertThat(METER.snapshot().refused("UpdateItem")).isEqualTo(1);
    }

    @Test
    void aWinningEventKeepsALaterStoredExpiry() {
        OrderSubmitted late = submitted("NYC", "o-1", "Mocha", 20, "e-2");
        OrderSubmitted early = submitted("NYC", "o-1", "Mocha", 10, "e-1");
        records.merge(late, EXPIRY.plusSeconds(500));

        RecordChange change = records.merge(early, EXPIRY);

        assertThat(change.changed()).isTrue();
        assertThat(change.after().submission().orElseThrow().occurrence()).isEqualTo(early.occurrence());
        assertThat(change.after().expiresAt()).contains(EXPIRY.plusSeconds(500));
        assertThat(records.find(early.tenant(), early.orderId())).contains(change.after());
    }

    @Test
    void expiriesAreKeptToTheWholeSecondRoundedUp() {
        OrderSubmitted event = submitted("NYC", "o-1", "Mocha", 0, "e-1");

        RecordChange change = records.merge(event, EXPIRY.plusMillis(1));

        assertThat(change.after().expiresAt()).contains(EXPIRY.plusSeconds(1));
        assertThat(records.find(event.tenant(), event.orderId()).orElseThrow().expiresAt()).contains(EXPIRY.plusSeconds(1));
    }

    @Test
    void idsAndDrinksWithHashesQuotesAndUnicodeRoundTripUnderDistinctKeys() {
        List<OrderEvent> events = List.of(
                submitted("NYC", "a#b", "Caffè \"Latte\" #1 😀", 0, "id#'\"😀"),
                submitted("NYC", "a", "Mocha", 0, "e-1"),
                submitted("NYC", "a#b#c", "Tea", 0, "e-2"),
                submitted("NYC.b", "c", "Tea", 0, "e-3"),
                submitted("re-invent_2026", "'quoted' \"order\" é 日本 \uD83D\uDE00", "抹茶 latte", 0, "\uD83D\uDE00 pair"));
        for (OrderEvent event : events) {
            records.merge(event, EXPIRY);
        }
        for (OrderEvent event : events) {
            assertThat(records.find(event.tenant(), event.orderId()))
                    .contains(OrderRecord.empty(event.tenant(), event.orderId()).merge(event, EXPIRY));
        }
        assertThat(item("ORDER#NYC#a#b")).isNotEmpty();
        assertThat(item("ORDER#NYC.b#c")).isNotEmpty();
    }

    @Test
    void closingReasonsCompareByNameAsTheEnumOrdersThem() {
        // The store compares reasons by their stored names; this fails if the enum's order ever departs from it.
        for (ClosingReason a : ClosingReason.values()) {
            for (ClosingReason b : ClosingReason.values()) {
                assertThat(Integer.signum(a.name().compareTo(b.name()))).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    /** The store must give exactly core's records, for any arrival order, duplicates and conflicts included. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void mergesExactlyAsCoreDoes(long seed) {
        Random random = new Random(seed);
        List<OrderEvent> distinct = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            distinct.add(randomEvent(random));
        }
        Map<String, OrderRecord> model = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            // about a third are duplicates of events already sent, as at-least-once delivery makes them
            OrderEvent event = i > 0 && random.nextInt(3) == 0 ? distinct.get(random.nextInt(Math.min(i, 40)))
                    : distinct.get(i % 40);
            Instant expiry = T0.plusSeconds(3600 + random.nextInt(600)); // not monotonic: exercises both paths
            String key = event.tenant() + "/" + event.orderId();
            OrderRecord before = model.getOrDefault(key, OrderRecord.empty(event.tenant(), event.orderId()));
            OrderRecord after = before.merge(event, expiry);
            model.put(key, after);

            RecordChange change = records.merge(event, expiry);

            assertThat(change).as("event %d: %s", i, event).isEqualTo(new RecordChange(before, after));
        }
        for (OrderRecord expected : model.values()) {
            assertThat(records.find(expected.tenant(), expected.orderId())).contains(expected);
        }
    }

    @Test
    void concurrentMergesOfOneOrderEndInCoresRecord() throws Exception {
        TenantId tenant = new TenantId("NYC");
        OrderId order = new OrderId("contended");
        List<OrderEvent> events = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            events.add(new OrderSubmitted(tenant, order, new Drink("d" + i % 3), new Occurrence(T0.plusSeconds(i % 5), "e" + i)));
            events.add(new OrderCompleted(tenant, order, new Occurrence(T0.plusSeconds(100 + i % 7), "c" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<RecordChange>> tasks = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                OrderEvent event = events.get(i);
                Instant expiry = EXPIRY.plusSeconds(i % 11);
                tasks.add(() -> {
                    RecordChange change = records.merge(event, expiry);
                    // each change is one atomic step: what it returns is what the merge made of what it found
                    assertThat(change.after()).isEqualTo(change.before().merge(event, expiry));
                    return change;
                });
            }
            for (Future<RecordChange> result : pool.invokeAll(tasks)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        OrderRecord expected = OrderRecord.empty(tenant, order);
        for (int i = 0; i < events.size(); i++) {
            expected = expected.merge(events.get(i), EXPIRY.plusSeconds(i % 11));
        }
        OrderRecord stored = records.find(tenant, order).orElseThrow();
        assertThat(stored.sameFactsAs(expected)).as("%s has the facts of %s", stored, expected).isTrue();
        // which events changed the record, and so set its expiry, depends on their arrival order (as in core)
        assertThat(stored.expiresAt().orElseThrow()).isBetween(EXPIRY, EXPIRY.plusSeconds(10));
    }

    private static OrderEvent randomEvent(Random random) {
        TenantId tenant = new TenantId(random.nextBoolean() ? "NYC" : "reinvent");
        OrderId order = new OrderId("o#" + random.nextInt(6));
        // close times (ms and sub-ms apart) and few event ids: many conflicts and exact duplicates
        Instant time = T0.plusMillis(random.nextInt(4) * 250L + random.nextInt(2)).plusNanos(random.nextInt(2) * 500L);
        Occurrence occurrence = new Occurrence(time, "e" + random.nextInt(3));
        return switch (random.nextInt(3)) {
            case 0 -> new OrderSubmitted(tenant, order, new Drink(List.of("Latte", "Mocha", "Caffè \"Latte\"").get(random.nextInt(3))), occurrence);
            case 1 -> new OrderCompleted(tenant, order, occurrence);
            default -> new OrderClosed(tenant, order, ClosingReason.values()[random.nextInt(2)], occurrence);
        };
    }

    private Map<String, AttributeValue> item(String pk) {
        return client.getItem(r -> r.tableName(table.name()).key(WaitTimesTable.key(pk)).consistentRead(true)).item();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
