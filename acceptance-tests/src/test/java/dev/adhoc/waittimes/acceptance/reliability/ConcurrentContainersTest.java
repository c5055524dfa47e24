package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay;
import dev.adhoc.waittimes.acceptance.properties.DayShapes;
import dev.adhoc.waittimes.acceptance.properties.Deliveries;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight Lambda containers — eight handlers, each with its own DynamoDB client and adapters — share one table over
 * dynalite and record one coffee-bar day together, on four hot keys (two tenants, two drinks):
 *
 * <ol>
 *   <li>the orders' first reports, with duplicates, shuffled, and dealt to the containers in turn, all starting at
 *       one barrier, so that the events of one key (and the copies of one event) run on different containers at
 *       once;</li>
 *   <li>then, round after round, the reports that disagree with them: each round takes one order's conflicting
 *       reports (another completion, another submission, maybe of another drink, a cancellation) with its first
 *       completion delivered again, or one burst of withdrawals from the latest orders of a key, and gives each
 *       report to another container, all released at once.</li>
 * </ol>
 *
 * The stored windows must equal the reference oracle's, exactly (the same update ids): no write lost to a concurrent
 * writer, no losing report's wait left in a window. Conditional writes refused by a concurrent one are reported, not
 * asserted (they depend on the scheduling).
 */
class ConcurrentContainersTest {
    private static final int CONTAINERS = 8;
    /** Not a timing assertion: only turns a deadlock into a failure instead of a hung build. */
    private static final long HANG_GUARD_MINUTES = 10;
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;

    @Test
    void eight_containers_on_four_hot_keys_lose_no_update_even_with_conflicting_reports_at_once() throws Exception {
        int orders = RunReport.orders(300);
        long seed = RunReport.seed();
        List<CoffeeBarDay.Planned> day = hotKeyDay(seed, orders);
        List<BusEvent> events = day.stream().map(CoffeeBarDay.Planned::event).toList();
        List<BusEvent> first = Deliveries.asDelivered(
                day.stream().filter(p -> !p.late()).map(CoffeeBarDay.Planned::event).toList(), seed, 25);
        List<List<String>> dealt = new ArrayList<>();
        for (int c = 0; c < CONTAINERS; c++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < first.size(); i++) {
            dealt.get(i % CONTAINERS).add(BusEventJson.of(first.get(i)));
        }
        List<List<String>> rounds = conflictRounds(day, new Random(seed));

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
            CyclicBarrier barrier = new CyclicBarrier(CONTAINERS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CONTAINERS; c++) {
                LambdaHandlerDriver container = containers.get(c);
                List<String> mine = dealt.get(c);
                int n = c;
                running.add(pool.submit(() -> {
                    barrier.await();
                    for (String json : mine) {
                        emissions.addEntries(redelivery.deliver(container, json));
                    }
                    for (List<String> round : rounds) {
                        barrier.await();   // every container starts the round's report at the same moment
                        if (n < round.size()) {
                            emissions.addEntries(redelivery.deliver(container, round.get(n)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES); // rethrows a container's failure
            }

            Set<WindowKey> keys = StoredWindows.keysOf(events);
            Map<String, ReferenceOracle.Expected> expected = ReferenceOracle.windows(events, SETTINGS);
            Map<String, ReferenceOracle.Expected> actual =
                    new StoredWindows(stores[0].orderRecords(), stores[0].samples(), SETTINGS).figures(keys);
            long refusedIndexWrites = 0;
            long refusedMerges = 0;
            for (DynamoDbStores s : stores) {
                refusedIndexWrites += s.meter().snapshot().refused("PutItem");
                refusedMerges += s.meter().snapshot().refused("UpdateItem");
            }
            int rejections = containers.stream().mapToInt(c -> c.rejections().size()).sum();
            long racingReports = rounds.stream().mapToInt(List::size).sum();
            TableContents table = TableContents.of(stores[0]);
            RunReport.write("concurrency-dynamodb", String.format("containers=%d orders=%d events=%d deliveries=%d"
                            + " duplicates=%d keys=%d conflictRounds=%d racingReports=%d rejected=%d updates=%d"
                            + " refusedIndexWrites=%d refusedMerges=%d taskRetries=%s %s mismatches=%d", CONTAINERS,
                    orders, events.size(), first.size() + racingReports,
                    first.size() + racingReports - events.size(), keys.size(), rounds.size(), racingReports,
                    rejections, emissions.size(), refusedIndexWrites, refusedMerges, redelivery.retries(),
                    table.figures(), StoredWindows.mismatches(expected, actual)));

            assertThat(keys).hasSize(4);
            assertThat(rounds).as("conflicting reports of one order raced").isNotEmpty();
            assertThat(actual).isEqualTo(expected);
            assertThat(emissions.conflictingUpdateIds()).isEmpty();
            assertThat(table.keys()).isLessThanOrEqualTo(keys.size());
            assertThat(table.withoutExpiry()).isZero();
            assertThat(table.entriesOfAnotherVersion()).as("every entry written from its order's latest record")
                    .isZero();
        } finally {
            pool.shutdownNow();
            containers.forEach(LambdaHandlerDriver::close);
        }
    }

    /**
     * A generated day ({@link DayShapes}) on two drinks (Espresso is ordered as Caffe Latte), conflicting reports and
     * bursts included.
     */
    static List<CoffeeBarDay.Planned> hotKeyDay(long seed, int orders) {
        List<CoffeeBarDay.Planned> day = new ArrayList<>();
        for (CoffeeBarDay.Planned p : DayShapes.random(new Random(seed), orders, 3600, 50).planned()) {
            BusEvent e = p.event();
            if ("Espresso".equals(e.drink())) {
                e = new BusEvent(e.kind(), e.id(), e.tenant(), e.orderId(), "Caffe Latte", e.time());
            }
            day.add(new CoffeeBarDay.Planned(e, p.notBefore(), p.late()));
        }
        return day;
    }

    /**
     * The rounds of racing reports: per order, its late reports (those that disagree with its first ones) with its
     * first completion again; per burst, its withdrawals of several orders of one key. At most one report per
     * container in a round (a bigger group takes several rounds), shuffled within it.
     */
    private static List<List<String>> conflictRounds(List<CoffeeBarDay.Planned> day, Random random) {
        Map<String, List<BusEvent>> groups = new LinkedHashMap<>();
        Map<String, BusEvent> firstCompletion = new LinkedHashMap<>();
        for (CoffeeBarDay.Planned p : day) {
            BusEvent e = p.event();
            String order = e.tenant() + "/" + e.orderId();
            if (p.late()) {
                // a burst's withdrawals ("o7-w2": burst 2) race together, other late reports with their order's
                String group = e.id().matches(".*-w\\d+") ? "burst" + e.id().substring(e.id().lastIndexOf("-w")) : order;
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
            } else if (e.kind() != BusEvent.Kind.SUBMITTED && e.kind() != BusEvent.Kind.NOISE) {
                firstCompletion.putIfAbsent(order, e);
            }
        }
        List<List<String>> rounds = new ArrayList<>();
        groups.forEach((group, late) -> {
            List<BusEvent> racing = new ArrayList<>(late);
            if (firstCompletion.containsKey(group)) {
                racing.add(firstCompletion.get(group));
            }
            Collections.shuffle(racing, random);
            for (int from = 0; from < racing.size(); from += CONTAINERS) {
                rounds.add(racing.subList(from, Math.min(racing.size(), from + CONTAINERS)).stream()
                        .map(BusEventJson::of).toList());
            }
        });
        return rounds;
    }
}
