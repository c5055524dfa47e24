package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDB stores behind core's use case: the contract's examples, a crash between the writes, request counts. */
@ExtendWith(DynaliteExtension.class)
class StoreBehindTheServiceTest {
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOON.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private static final TenantId NYC = new TenantId("NYC");
    private static final Drink LATTE = new Drink("Caffe Latte");
    private static final WindowKey KEY = new WindowKey(NYC, LATTE);
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static final CrashOnce CRASH = new CrashOnce();
    private static DynamoDbClient client;

    private WaitTimesTable table;
    private final List<WaitTimeUpdate> published = new ArrayList<>();

    @BeforeAll
    static void connect(DynaliteServer dynalite) {
        client = LocalDynamo.client(dynalite, METER, CRASH);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshTable() {
        table = LocalDynamo.newTable(client);
        METER.reset();
    }

    private WaitTimesService service(WaitTimeSettings settings) {
        return WaitTimesService.builder()
                .settings(settings)
                .orderRecords(new DynamoDbOrderRecords(client, table, WaitTimesService.NAME))
                .samples(new DynamoDbSampleIndex(client, table, WaitTimesService.NAME, CLOCK))
                .publisher(published::addAll)
                .clock(CLOCK)
                .build();
    }

    // ---- the contract's examples ----------------------------------------------------------------------------------

    private static final OrderSubmitted S1 = submitted("o1", 0, "s1");
    private static final OrderSubmitted S2 = submitted("o2", 0, "s2");
    private static final OrderCompleted C1 = completed("o1", 300, "c1");
    private static final OrderCompleted C2 = completed("o2", 360, "c2");
    private static final OrderCompleted C2_EARLIER = completed("o2", 240, "c2-earlier");

    /**
     * Window of 1. o2's earliest completion (12:04) wins over its other one (12:06), so the latest completion is o1's
     * (12:05): 300 s, whether o2's 12:06 report pushed o1 out of the window first or not.
     */
    @Test
    void theFiveEventExampleGivesThreeHundredSecondsInBothArrivalOrders() {
        for (List<OrderEvent> arrival : List.<List<OrderEvent>>of(List.of(S1, S2, C1, C2, C2_EARLIER),
                List.of(S1, S2, C2_EARLIER, C2, C1))) {
            freshTable();
            published.clear();
            WaitTimesService service = service(WaitTimeSettings.DEFAULTS.withWindowSize(1));

            arrival.forEach(service::record);

            assertThat(service.current(KEY)).hasValueSatisfying(u -> {
                assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(300));
                assertThat(u.figures().sampleSize()).isEqualTo(1);
            });
            assertThat(published).last().satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(300)));
        }
    }

    @Test
    void inTheFirstArrivalOrderTheSamplePushedOutComesBack() {
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS.withWindowSize(1));
        List.of(S1, S2, C1).forEach(service::record);

        Outcome later = service.record(C2);
        Outcome earlier = service.record(C2_EARLIER);

        assertThat(later.updates()).singleElement().satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(360)));
        assertThat(earlier.updates()).singleElement().satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(300)));
    }

    @Test
    void aCompletionBeforeItsSubmissionWaitsInTheRecordAndCountsWhenTheSubmissionComes() {
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS);
        Outcome early = service.record(completed("o1", 90, "c1"));
        Outcome submission = service.record(submitted("o1", 30, "s1"));

        assertThat(early.updates()).isEmpty();
        assertThat(submission.updates()).singleElement()
                .satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(60)));
    }

    // ---- a crash between the two writes -----------------------------------------------------------------------

    @Test
    void aRetryAfterACrashBetweenTheMergeAndTheIndexWriteHealsTheWindowAndEmitsTheUpdate() {
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS);
        service.record(submitted("o1", 0, "s1"));
        OrderCompleted completion = completed("o1", 90, "c1");

        CRASH.armFor("PutItem");
        assertThatThrownBy(() -> service.record(completion)).isInstanceOf(Crash.class);

        DynamoDbOrderRecords orders = new DynamoDbOrderRecords(client, table, WaitTimesService.NAME);
        assertThat(orders.find(NYC, new OrderId("o1")).orElseThrow().completion()).isPresent(); // the merge happened
        assertThat(service.current(KEY)).isEmpty(); // the index write did not
        assertThat(published).isEmpty();

        Outcome retry = service.record(completion);

        assertThat(retry.updates()).singleElement().satisfies(u -> {
            assertThat(u.key()).isEqualTo(KEY);
            assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(90));
            assertThat(u.figures().sampleSize()).isEqualTo(1);
        });
        assertThat(published).containsExactlyElementsOf(retry.updates());
        assertThat(service.current(KEY)).contains(retry.updates().get(0));
    }

    // ---- what each event costs ------------------------------------------------------------------------------------

    /**
     * A submission is one write; a completion one write of the record, one of its index entry, and the queries of
     * the window after and before; a duplicate a refused write of each (plus a GetItem on dynalite, which does not
     * return the item with a failed condition) and one query. None grows with the key's history.
     */
    @ParameterizedTest(name = "after {0} past orders of the key")
    @ValueSource(ints = {20, 500})
    void requestsPerEventDoNotGrowWithHistory(int pastOrders) {
        History.load(client, table.name(), pastOrders, i -> History.items(table, WaitTimesService.NAME, KEY,
                History.order(KEY, NOON.minus(Duration.ofDays(1)), i), CLOCK.instant().plus(Duration.ofDays(1))));
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS);

        Map<String, Long> submission = cost(service, submitted("new", 100, "s-new"));
        Map<String, Long> completion = cost(service, completed("new", 190, "c-new"));
        WaitTimeUpdate first = published.get(published.size() - 1);
        Map<String, Long> duplicate = cost(service, completed("new", 190, "c-new"));

        assertThat(submission).isEqualTo(Map.of("UpdateItem", 1L));
        assertThat(completion).isEqualTo(Map.of("UpdateItem", 1L, "PutItem", 1L, "Query", 1L)); // one page: the window and the one before
        assertThat(duplicate).isEqualTo(Map.of("UpdateItem", 1L, "GetItem", 1L, "PutItem", 1L, "Query", 1L));
        assertThat(first.figures().sampleSize()).isEqualTo(10);
        // a duplicate changes no window: it announces nothing new (at most the same update again, with the same id,
        // which the engine does while the order is in the window, for a consumer to drop)
        assertThat(published.subList(published.indexOf(first) + 1, published.size())).allMatch(first::equals);
        assertThat(service.current(KEY)).contains(first);
    }

    /**
     * Compatibility mode: a cancellation after the order was counted withdraws its sample from a full window, and the
     * next sample in the index comes back: one write of the record, one tombstone, one query of the window (and the window before).
     */
    @Test
    void aWithdrawalFromAFullWindowBringsBackTheNextSample() {
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS.withCompletionMode(CompletionMode.FINISHED));
        for (int i = 0; i < 11; i++) {
            service.record(submitted("o" + i, 60L * i, "s" + i));
            service.record(completed("o" + i, 60L * i + 30 + i, "c" + i));
        }
        assertThat(service.current(KEY).orElseThrow().figures().sampleSize()).isEqualTo(10);
        published.clear();
        METER.reset();

        Outcome withdrawal = service.record(new OrderClosed(NYC, new OrderId("o7"), ClosingReason.CANCELLED,
                new Occurrence(NOON.plusSeconds(60 * 7 + 60), "x7")));

        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 1L, "PutItem", 1L, "Query", 1L));
        // o1..o10 were in the window; without o7, o0 comes back: waits 30..40 s without 37, with 30
        long expectedMillis = Math.round((30 + 31 + 32 + 33 + 34 + 35 + 36 + 38 + 39 + 40) * 1000 / 10.0);
        assertThat(withdrawal.updates()).singleElement().satisfies(u -> {
            assertThat(u.figures().sampleSize()).isEqualTo(10);
            assertThat(u.figures().average()).isEqualTo(Duration.ofMillis(expectedMillis));
        });
        assertThat(service.current(KEY)).contains(withdrawal.updates().get(0));
    }

    /** The history the cost measurements load directly is what recording the orders through the service leaves. */
    @Test
    void theHistoryLoaderWritesWhatTheServiceWrites() {
        WaitTimesService service = service(WaitTimeSettings.DEFAULTS);
        Instant start = NOON.minus(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            History.PastOrder order = History.order(KEY, start, i);
            order.events().forEach(service::record);
        }
        Set<Map<String, AttributeValue>> recorded = scan(table);

        WaitTimesTable loaded = LocalDynamo.newTable(client);
        History.load(client, loaded.name(), 3, i -> History.items(loaded, WaitTimesService.NAME, KEY,
                History.order(KEY, start, i), CLOCK.instant().plus(WaitTimeSettings.DEFAULTS.orderRetention())));

        assertThat(recorded).hasSize(6).isEqualTo(scan(loaded));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Map<String, Long> cost(WaitTimesService service, OrderEvent event) {
        METER.reset();
        service.record(event);
        return METER.snapshot().requests();
    }

    private static Set<Map<String, AttributeValue>> scan(WaitTimesTable table) {
        return new HashSet<>(client.scan(r -> r.tableName(table.name()).consistentRead(true)).items());
    }

    private static OrderSubmitted submitted(String order, long second, String eventId) {
        return new OrderSubmitted(NYC, new OrderId(order), LATTE, new Occurrence(NOON.plusSeconds(second), eventId));
    }

    private static OrderCompleted completed(String order, long second, String eventId) {
        return new OrderCompleted(NYC, new OrderId(order), new Occurrence(NOON.plusSeconds(second), eventId));
    }

    /** The process dies: thrown by the client before a request is sent. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash(String operation) {
            super("crashed before " + operation);
        }
    }

    /** Makes the next request of one operation fail before it is sent, once. */
    static final class CrashOnce implements ExecutionInterceptor {
        private final AtomicBoolean armed = new AtomicBoolean();
        private volatile String operation = "";

        void armFor(String operation) {
            this.operation = operation;
            armed.set(true);
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)) && armed.compareAndSet(true, false)) {
                throw new Crash(operation);
            }
        }
    }
}
