package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight Lambda containers — eight handlers, each with its own DynamoDB client and adapters — share one table over
 * dynalite and record one coffee-bar day together: a few hundred orders on four hot keys (two tenants, two drinks),
 * delivered with duplicates, shuffled, and dealt to the containers in turn so that the events of one key (and the
 * copies of one event) run on different containers at once. The stored windows must equal the reference oracle's:
 * no update lost to a concurrent writer. The optimistic-concurrency retries are reported, not asserted (they depend
 * on the scheduling).
 *
 * <p>The day includes conflicting reports of one order's submission, recorded at the same moment by different
 * containers: each window is computed from the order's record as stored when the window is read (ADR 0002), so
 * the winning report's wait ends in the window ({@link FoundDefectsRegressionTest} pins the interleaving).
 */
class ConcurrentContainersTest {
    private static final int CONTAINERS = 8;
    /** Not a timing assertion: only turns a deadlock into a failure instead of a hung build. */
    private static final long HANG_GUARD_MINUTES = 10;
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;

    @Test
    void eight_containers_on_four_hot_keys_lose_no_update() throws Exception {
        int orders = RunReport.orders(300);
        long seed = RunReport.seed();
        List<BusEvent> events = hotKeyDay(seed, orders);
        List<BusEvent> deliveries = CoffeeBarDay.asDelivered(events, seed, 25);
        List<List<String>> dealt = new ArrayList<>();
        for (int c = 0; c < CONTAINERS; c++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < deliveries.size(); i++) {
            dealt.get(i % CONTAINERS).add(BusEventJson.of(deliveries.get(i)));
        }

        DynamoDbStores[] stores = new DynamoDbStores[CONTAINERS];
        List<LambdaHandlerDriver> containers = new ArrayList<>();
        Redelivery redelivery = new Redelivery(10);
        Emissions emissions = new Emissions();
        ExecutorService pool = Executors.newFixedThreadPool(CONTAINERS);
        try {
            stores[0] = new DynamoDbStores();
            for (int c = 0; c < CONTAINERS; c++) {
                int n = c;
                LambdaHandlerDriver container = new LambdaHandlerDriver(
                        () -> n == 0 ? stores[0] : (stores[n] = DynamoDbStores.sharing(stores[0])));
                container.start(SETTINGS);
                containers.add(container);
            }
            CyclicBarrier start = new CyclicBarrier(CONTAINERS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CONTAINERS; c++) {
                LambdaHandlerDriver container = containers.get(c);
                List<String> mine = dealt.get(c);
                running.add(pool.submit(() -> {
                    start.await();
                    for (String json : mine) {
                        emissions.addEntries(redelivery.deliver(container, json));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES); // rethrows a container's failure
            }

            Set<WindowKey> keys = StoredWindows.keysOf(events);
            Map<String, ReferenceOracle.Expected> expected =
                    ReferenceOracle.windows(events, SETTINGS.windowSize(), SETTINGS.maxWait());
            Map<String, ReferenceOracle.Expected> actual =
                    new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS).figures(keys);
            long lostIndexWrites = 0;
            long refusedMerges = 0;
            for (DynamoDbStores s : stores) {
                lostIndexWrites += s.meter().snapshot().refused("PutItem");
                refusedMerges += s.meter().snapshot().refused("UpdateItem");
            }
            int rejections = containers.stream().mapToInt(c -> c.rejections().size()).sum();
            TableContents table = TableContents.of(stores[0]);
            RunReport.write("concurrency-dynamodb", String.format("containers=%d orders=%d events=%d deliveries=%d"
                            + " duplicates=%d keys=%d rejected=%d updates=%d lostIndexWrites=%d refusedMerges=%d"
                            + " taskRetries=%s %s mismatches=%d", CONTAINERS, orders, events.size(), deliveries.size(),
                    deliveries.size() - events.size(), keys.size(), rejections, emissions.size(), lostIndexWrites,
                    refusedMerges, redelivery.retries(), table.figures(), StoredWindows.mismatches(expected, actual)));

            assertThat(keys).hasSize(4);
            assertThat(actual).isEqualTo(expected);
            assertThat(emissions.conflictingUpdateIds()).isEmpty();
            assertThat(table.windowItems()).isLessThanOrEqualTo(keys.size());
            assertThat(table.maxSamples()).isLessThanOrEqualTo(SETTINGS.windowSize());
            assertThat(table.ordersWithoutExpiry()).isZero();
        } finally {
            pool.shutdownNow();
            containers.forEach(LambdaHandlerDriver::close);
        }
    }

    /**
     * A day of {@link CoffeeBarDay} on two drinks (Espresso is ordered as Caffe Latte), conflicting reports included.
     */
    static List<BusEvent> hotKeyDay(long seed, int orders) {
        List<BusEvent> events = new ArrayList<>();
        for (BusEvent e : CoffeeBarDay.events(seed, orders)) {
            if (e.kind() == BusEvent.Kind.SUBMITTED) {
                String drink = "Espresso".equals(e.drink()) ? "Caffe Latte" : e.drink();
                e = new BusEvent(e.kind(), e.id(), e.tenant(), e.orderId(), drink, e.time());
            }
            events.add(e);
        }
        return events;
    }
}
