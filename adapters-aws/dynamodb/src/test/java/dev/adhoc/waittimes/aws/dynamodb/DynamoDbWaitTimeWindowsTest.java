package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.out.WindowChange;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DynaliteExtension.class)
class DynamoDbWaitTimeWindowsTest {
    private static final WindowKey LATTE = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
    private static final OptimisticRetry NO_PAUSE = new OptimisticRetry(3, Duration.ZERO, Duration.ZERO);
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static DynamoDbClient client;

    private WaitTimesTable table;
    private DynamoDbWaitTimeWindows windows;

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
        windows = new DynamoDbWaitTimeWindows(client, table);
        METER.reset();
    }

    @Test
    void aKeyWithoutWindowIsEmpty() {
        assertThat(windows.current(LATTE)).isEqualTo(Window.empty());
    }

    @Test
    void aNewWindowIsStoredAtVersionOneAndReadBackExactly() {
        WaitSample plain = sample("o-1", 0, 95);
        WaitSample subMillis = new WaitSample(new OrderId("o-2 \"é\" #😀"), T0.plusNanos(1), T0.plusSeconds(100).plusNanos(123_456));

        WindowChange change = windows.update(LATTE, w -> new Window(List.of(plain, subMillis)));

        assertThat(change.before()).isEqualTo(Window.empty());
        assertThat(change.after().samples()).containsExactly(subMillis, plain);
        assertThat(windows.current(LATTE)).isEqualTo(change.after());
        Map<String, AttributeValue> item = item(LATTE);
        assertThat(item.get(WindowItem.VERSION).n()).isEqualTo("1");
        assertThat(item.get(WindowItem.SAMPLES).l().get(1).m()).isEqualTo(Map.of(
                "o", AttributeValue.fromS("o-1"),
                "c", AttributeValue.fromN(Long.toString(T0.plusSeconds(95).toEpochMilli())),
                "w", AttributeValue.fromN("95000")));
    }

    @Test
    void eachChangeWritesOnceConditionedOnTheVersionRead() {
        windows.update(LATTE, w -> w.equals(Window.empty()) ? new Window(List.of(sample("o-1", 0, 60))) : w);
        METER.reset();

        WindowChange change = windows.update(LATTE, w -> new LatestCompletions(10).admit(w, sample("o-2", 10, 80)));

        assertThat(change.before().samples()).containsExactly(sample("o-1", 0, 60));
        assertThat(change.after().samples()).containsExactly(sample("o-2", 10, 80), sample("o-1", 0, 60));
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("GetItem", 1L, "PutItem", 1L));
        assertThat(item(LATTE).get(WindowItem.VERSION).n()).isEqualTo("2");
    }

    @Test
    void anUnchangedWindowIsNotWritten() {
        WaitSample sample = sample("o-1", 0, 60);
        windows.update(LATTE, w -> new LatestCompletions(10).admit(w, sample));
        METER.reset();

        WindowChange again = windows.update(LATTE, w -> new LatestCompletions(10).admit(w, sample));

        assertThat(again.changed()).isFalse();
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("GetItem", 1L));
        assertThat(item(LATTE).get(WindowItem.VERSION).n()).isEqualTo("1");
    }

    @Test
    void aWindowHoldsAtMostNSamplesTheLatestCompletions() {
        LatestCompletions policy = new LatestCompletions(3);
        for (int i = 0; i < 12; i++) {
            WaitSample s = sample("o-" + i, i * 10L, i * 10L + 30 + (i * 7L) % 11);
            windows.update(LATTE, w -> policy.admit(w, s));
        }

        Window stored = windows.current(LATTE);

        assertThat(stored.samples()).extracting(s -> s.orderId().value()).containsExactly("o-11", "o-10", "o-9");
        assertThat(item(LATTE).get(WindowItem.SAMPLES).l()).hasSize(3);
    }

    @Test
    void keysOfOtherTenantsAndDrinksAreSeparateWindows() {
        WindowKey otherTenant = new WindowKey(new TenantId("NYC.2"), LATTE.drink());
        WindowKey hashDrink = new WindowKey(LATTE.tenant(), new Drink("Caffe Latte#2 \"big\" 😀"));
        windows.update(LATTE, w -> new Window(List.of(sample("a", 0, 10))));
        windows.update(otherTenant, w -> new Window(List.of(sample("b", 0, 20))));
        windows.update(hashDrink, w -> new Window(List.of(sample("c", 0, 30))));

        assertThat(windows.current(LATTE).samples()).containsExactly(sample("a", 0, 10));
        assertThat(windows.current(otherTenant).samples()).containsExactly(sample("b", 0, 20));
        assertThat(windows.current(hashDrink).samples()).containsExactly(sample("c", 0, 30));
    }

    @Test
    void anUpdateThatLostARaceReReadsAndAppliesItsChangeToTheWinnersWindow() {
        DynamoDbWaitTimeWindows competitor = new DynamoDbWaitTimeWindows(client, table);
        LatestCompletions policy = new LatestCompletions(10);
        AtomicInteger calls = new AtomicInteger();

        WindowChange change = windows.update(LATTE, w -> {
            if (calls.incrementAndGet() == 1) { // another writer stores its sample between our read and our write
                competitor.update(LATTE, x -> policy.admit(x, sample("theirs", 0, 50)));
            }
            return policy.admit(w, sample("ours", 0, 60));
        });

        assertThat(calls).hasValue(2);
        assertThat(windows.optimisticRetries()).isEqualTo(1);
        assertThat(change.before().samples()).containsExactly(sample("theirs", 0, 50));
        assertThat(windows.current(LATTE).samples()).containsExactly(sample("ours", 0, 60), sample("theirs", 0, 50));
    }

    @Test
    void aWindowThatChangesUnderEveryAttemptFailsClearlyAfterTheLastAndWritesNothingOfItsOwn() {
        DynamoDbWaitTimeWindows contended = new DynamoDbWaitTimeWindows(client, table, NO_PAUSE);
        DynamoDbWaitTimeWindows competitor = new DynamoDbWaitTimeWindows(client, table);
        LatestCompletions policy = new LatestCompletions(10);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> contended.update(LATTE, w -> {
            int n = calls.incrementAndGet();
            competitor.update(LATTE, x -> policy.admit(x, sample("theirs-" + n, 0, n)));
            return policy.admit(w, sample("ours", 0, 60));
        }))
                .isInstanceOf(WindowContentionException.class)
                .hasMessageContaining("NYC/Caffe Latte").hasMessageContaining("3 attempts")
                .satisfies(e -> assertThat(((WindowContentionException) e).attempts()).isEqualTo(3));

        assertThat(contended.optimisticRetries()).isEqualTo(2);
        assertThat(windows.current(LATTE).samples()).extracting(s -> s.orderId().value())
                .containsExactlyInAnyOrder("theirs-1", "theirs-2", "theirs-3");
    }

    @Test
    void concurrentUpdatesOfOneKeyLoseNoSample() throws Exception {
        int threads = 6;
        int perThread = 8;
        LatestCompletions policy = new LatestCompletions(100);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<WaitSample> admitted = new HashSet<>();
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<WaitSample> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(sample("t" + t + "-" + i, i, 60L + t * perThread + i));
                }
                admitted.addAll(mine);
                tasks.add(() -> {
                    for (WaitSample s : mine) {
                        windows.update(LATTE, w -> policy.admit(w, s));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(windows.current(LATTE).samples()).containsExactlyInAnyOrderElementsOf(admitted);
        assertThat(item(LATTE).get(WindowItem.VERSION).n()).isEqualTo(Integer.toString(threads * perThread));
    }

    private static WaitSample sample(String order, long submittedSecond, long completedSecond) {
        return new WaitSample(new OrderId(order), T0.plusSeconds(submittedSecond), T0.plusSeconds(completedSecond));
    }

    private Map<String, AttributeValue> item(WindowKey key) {
        return client.getItem(r -> r.tableName(table.name()).key(WaitTimesTable.key(WaitTimesTable.windowKey(key)))
                .consistentRead(true)).item();
    }
}
