package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.inmemory.CountingRejectionReporter;
import dev.adhoc.waittimes.inmemory.RecordingPublisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our extension on core's in-memory stores, with {@code history} orders already recorded, and the events of the
 * orders to measure, one stream per thread. {@link #reset()} returns it exactly to the state after the history,
 * so that every measured shot does the same work.
 *
 * <p>How the reset works without any API beyond the ports and adapters: the history is recorded with a 25-hour
 * order retention, the measured orders with the default 24 hours, both on a clock fixed after the last event. The
 * stores' own clock, which only decides purges, stands at that time too (nothing expires during a shot); to reset,
 * it moves 24 h and 1 s ahead for one purge of each store ({@link InMemoryOrderRecords#purgeExpired()},
 * {@link InMemorySampleIndex#purgeExpired()}), which then drops exactly the measured orders and their samples, and
 * back.
 */
public final class OurBar implements ShotThroughput.Bar {
    /** Longer than the measured orders' 24 h, so that the reset's purge keeps the history. */
    static final Duration HISTORY_RETENTION = Duration.ofHours(25);

    private final int history;
    private final Instant now;
    private final SettableClock purgeClock;
    private final InMemoryOrderRecords orders;
    private final InMemorySampleIndex samples;
    private final int historySamples;
    private final WaitTimesService service;
    private final RecordingPublisher updates = RecordingPublisher.latestOnly();
    private final CoffeeBar.Shots shots;

    /**
     * @param history         orders recorded before any measurement
     * @param windowSize      {@code N}
     * @param threads         how many threads will each record one shot at the same time
     * @param ordersPerThread orders in each thread's shot (two events each)
     */
    public OurBar(int history, int windowSize, int threads, int ordersPerThread) {
        this.history = history;
        this.shots = CoffeeBar.shots(history, ordersPerThread, threads);
        this.now = CoffeeBar.lastEventTimeOf(shots.end()).plusSeconds(1);
        Clock fixed = Clock.fixed(now, ZoneOffset.UTC);
        this.purgeClock = new SettableClock(now);
        this.orders = new InMemoryOrderRecords(purgeClock);
        this.samples = new InMemorySampleIndex(purgeClock);
        WaitTimeSettings settings = WaitTimeSettings.DEFAULTS.withWindowSize(windowSize);

        WaitTimesService loader = WaitTimesService.builder()
                .settings(settings.withOrderRetention(HISTORY_RETENTION))
                .orderRecords(orders).samples(samples).clock(fixed).build();
        CoffeeBar.history(history).forEachRemaining(loader::record);
        this.historySamples = samples.size();
        if (orders.size() != history) {
            throw new IllegalStateException("history of " + history + " orders left " + orders.size() + " records");
        }

        this.service = WaitTimesService.builder()
                .settings(settings)
                .orderRecords(orders).samples(samples)
                .publisher(updates).rejections(new CountingRejectionReporter())
                .clock(fixed).build();
    }

    @Override
    public OrderEvent[] shot(int index) {
        return shots.streams()[index];
    }

    @Override
    public Outcome record(OrderEvent event) {
        return service.record(event);
    }

    /** Returns to the state right after the history: drops the measured orders and their samples. */
    @Override
    public void reset() {
        purgeClock.set(now.plus(settingsRetention()).plusSeconds(1));
        orders.purgeExpired();
        samples.purgeExpired();
        purgeClock.set(now);
        if (orders.size() != history || samples.size() != historySamples) {
            throw new IllegalStateException("reset left " + orders.size() + " order records and " + samples.size()
                    + " samples, not " + history + " and " + historySamples);
        }
    }

    /** @return how many order records are held */
    public int orderRecords() {
        return orders.size();
    }

    /** @return the current figures of every key that has any */
    public Map<WindowKey, WaitTimeUpdate> windows() {
        Map<WindowKey, WaitTimeUpdate> all = new LinkedHashMap<>();
        for (TenantId tenant : CoffeeBar.TENANTS) {
            for (Drink drink : CoffeeBar.DRINKS) {
                WindowKey key = new WindowKey(tenant, drink);
                service.current(key).ifPresent(u -> all.put(key, u));
            }
        }
        return all;
    }

    /** @return how many updates were published since the start */
    public long updatesPublished() {
        return updates.count();
    }

    private Duration settingsRetention() {
        return service.settings().orderRetention();
    }
}
