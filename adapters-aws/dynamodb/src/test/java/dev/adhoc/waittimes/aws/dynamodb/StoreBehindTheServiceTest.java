package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.application.WaitTimesService;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.in.Outcome;
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

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.T0;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.completed;
import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/** The two stores behind core's use case: crash recovery, duplicates, and how many requests an event costs. */
@ExtendWith(DynaliteExtension.class)
class StoreBehindTheServiceTest {
    private static final WindowKey LATTE = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static DynamoDbClient client;

    private WaitTimesTable table;
    private DynamoDbOrderRecords orders;
    private DynamoDbWaitTimeWindows windows;
    private final List<List<WaitTimeUpdate>> published = new ArrayList<>();
    private WaitTimesService service;

    @BeforeAll
    static void connect(DynaliteServer dynalite) {
        client = LocalDynamo.client(dynalite, METER);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshStore() {
        table = LocalDynamo.newTable(client);
        orders = new DynamoDbOrderRecords(client, table);
        windows = new DynamoDbWaitTimeWindows(client, table);
        service = WaitTimesService.builder()
                .orderRecords(orders)
                .windows(windows)
                .publisher(published::add)
                .clock(Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .build();
        METER.reset();
    }

    @Test
    void aRetryAfterACrashBetweenTheTwoWritesCompletesTheWindowAndEmitsOnce() {
        service.record(submitted("NYC", "o-1", "Caffe Latte", 0, "e-1"));
        OrderCompleted completion = completed("NYC", "o-1", 90, "e-2");

        // first write only: the process dies before the window is updated
        RecordChange firstWrite = orders.merge(completion, T0.plus(Duration.ofDays(1)));
        assertThat(firstWrite.changed()).isTrue();
        assertThat(windows.current(LATTE).isEmpty()).isTrue();

        Outcome retry = service.record(completion);

        WaitSample sample = new WaitSample(completion.orderId(), T0, T0.plusSeconds(90));
        assertThat(windows.current(LATTE).samples()).containsExactly(sample);
        assertThat(retry.updates()).singleElement().satisfies(u -> {
            assertThat(u.key()).isEqualTo(LATTE);
            assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(90));
            assertThat(u.figures().sampleSize()).isEqualTo(1);
        });
        assertThat(published).containsExactly(retry.updates());

        Outcome duplicate = service.record(completion);

        assertThat(duplicate.updates()).isEmpty();
        assertThat(published).hasSize(1);
        assertThat(windows.current(LATTE).samples()).containsExactly(sample);
    }

    @Test
    void aCompletionBeforeItsSubmissionWaitsInTheRecordAndCountsWhenTheSubmissionComes() {
        Outcome early = service.record(completed("NYC", "o-1", 90, "e-2"));
        Outcome submission = service.record(submitted("NYC", "o-1", "Caffe Latte", 30, "e-1"));

        assertThat(early.updates()).isEmpty();
        assertThat(submission.updates()).singleElement()
                .satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(60)));
        assertThat(windows.current(LATTE).samples()).hasSize(1);
    }

    @Test
    void aSubmissionIsOneWrite() {
        service.record(submitted("NYC", "o-1", "Caffe Latte", 0, "e-1"));

        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("UpdateItem", 1L));
    }

    @ParameterizedTest(name = "after {0} past orders of the drink")
    @ValueSource(ints = {100, 1_000})
    void aCompletionIsOneUpdateTwoReadsOnePutWhateverTheHistory(int pastOrders) {
        History.load(client, table.name(), pastOrders,
                i -> OrderItem.encode(History.completedOrder(LATTE.tenant(), LATTE.drink(), T0.minus(Duration.ofDays(2)), i)));
        for (int i = 0; i < 10; i++) { // a full window of recent orders
            service.record(submitted("NYC", "recent-" + i, "Caffe Latte", i, "s-" + i));
            service.record(completed("NYC", "recent-" + i, 100 + i, "c-" + i));
        }
        OrderSubmitted submission = submitted("NYC", "new", "Caffe Latte", 200, "s-new");
        OrderCompleted completion = completed("NYC", "new", 260, "c-new");

        METER.reset();
        service.record(submission);
        DynamoDbRequestMeter.Snapshot submitting = METER.snapshot();
        METER.reset();
        Outcome completing = service.record(completion);
        DynamoDbRequestMeter.Snapshot completingCost = METER.snapshot();

        assertThat(submitting.requests()).isEqualTo(Map.of("UpdateItem", 1L));
        // GetItem: the window, then the order's record as stored now (ADR 0002: a window is computed from fresh facts)
        assertThat(completingCost.requests()).isEqualTo(Map.of("UpdateItem", 1L, "GetItem", 2L, "PutItem", 1L));
        assertThat(completing.updates()).singleElement()
                .satisfies(u -> assertThat(u.figures().sampleSize()).isEqualTo(10));
    }
}
