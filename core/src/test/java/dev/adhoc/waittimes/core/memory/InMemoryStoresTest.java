package dev.adhoc.waittimes.core.memory;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory stores stay bounded, and stay right under concurrent writes. */
class InMemoryStoresTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final OrderId SHARED = new OrderId("shared");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = NOON;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void order_records_are_purged_after_their_expiry_so_memory_stays_bounded() {
        HandClock clock = new HandClock();
        InMemoryOrderRecords records = new InMemoryOrderRecords(clock);
        for (int i = 0; i < 100; i++) {
            records.merge(submitted("o" + i, NOON), NOON.plus(Duration.ofHours(24)));
        }
        records.purgeExpired();
        assertThat(records.size()).isEqualTo(100);

        clock.now = NOON.plus(Duration.ofHours(25));
        records.purgeExpired();
        assertThat(records.size()).isZero();
    }

    @Test
    void order_records_purge_by_themselves_every_few_thousand_merges() {
        HandClock clock = new HandClock();
        InMemoryOrderRecords records = new InMemoryOrderRecords(clock);
        clock.now = NOON.plus(Duration.ofDays(2));   // everything merged below is already expired
        for (int i = 0; i < InMemoryOrderRecords.PURGE_EVERY * 3; i++) {
            records.merge(submitted("o" + i, NOON), NOON.plus(Duration.ofHours(24)));
        }
        assertThat(records.size()).isLessThan(InMemoryOrderRecords.PURGE_EVERY);
    }

    @Test
    void concurrent_index_writes_lose_nothing_and_the_highest_version_of_an_orders_place_wins() throws Exception {
        InMemorySampleIndex index = new InMemorySampleIndex(new HandClock());
        WindowKey key = new WindowKey(NYC, new Drink("Latte"));
        Instant expiry = NOON.plus(Duration.ofHours(24));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    OrderId order = new OrderId(thread + "-" + i);
                    Instant at = NOON.plusSeconds(i + 1);
                    // every thread also writes the same shared place, each with its own version
                    index.write(new IndexEntry(key, SHARED, Optional.of(new Sample(SHARED, NOON.plusSeconds(thread), thread)), thread, expiry));
                    index.write(new IndexEntry(key, order, Optional.of(new Sample(order, at, i)), 1, expiry));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<Sample> all = new ArrayList<>();
        index.latestFirst(key, 10).forEachRemaining(all::add);
        assertThat(all).hasSize(801);
        assertThat(all).isSortedAccordingTo(Sample.LATEST_FIRST);
        assertThat(all).filteredOn(s -> s.orderId().equals(SHARED)).containsExactly(new Sample(SHARED, NOON.plusSeconds(7), 7));
    }

    @Test
    void tombstones_and_expired_entries_are_never_read_and_expired_ones_are_purged() {
        HandClock clock = new HandClock();
        InMemorySampleIndex index = new InMemorySampleIndex(clock);
        WindowKey key = new WindowKey(NYC, new Drink("Latte"));
        OrderId a = new OrderId("a");
        OrderId b = new OrderId("b");
        index.write(new IndexEntry(key, a, Optional.of(new Sample(a, NOON, 1)), 3, NOON.plusSeconds(60)));
        index.write(new IndexEntry(key, b, Optional.of(new Sample(b, NOON, 2)), 1, NOON.plusSeconds(600)));
        index.write(new IndexEntry(key, b, Optional.empty(), 2, NOON.plusSeconds(600)));
        index.write(new IndexEntry(key, b, Optional.of(new Sample(b, NOON, 3)), 1, NOON.plusSeconds(600)));

        clock.now = NOON.plusSeconds(61);
        List<Sample> read = new ArrayList<>();
        index.latestFirst(key, 10).forEachRemaining(read::add);
        index.purgeExpired();

        assertThat(read).isEmpty();
        assertThat(index.size()).isEqualTo(1); // b's tombstone is kept until it expires

        // a's record expired too; its reports arriving again start over from version 1: not blocked by the old entry
        index.write(new IndexEntry(key, a, Optional.of(new Sample(a, NOON, 4)), 1, NOON.plusSeconds(600)));
        List<Sample> again = new ArrayList<>();
        index.latestFirst(key, 10).forEachRemaining(again::add);
        assertThat(again).containsExactly(new Sample(a, NOON, 4));
    }

    private static OrderSubmitted submitted(String order, Instant at) {
        return new OrderSubmitted(NYC, new OrderId(order), new Drink("Latte"), new Occurrence(at, "e-" + order));
    }
}
