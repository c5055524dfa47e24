package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryAdaptersTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

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
    void concurrent_window_updates_lose_nothing() throws Exception {
        InMemoryWaitTimeWindows windows = new InMemoryWaitTimeWindows();
        WindowKey key = new WindowKey(NYC, new Drink("Latte"));
        LatestCompletions policy = new LatestCompletions(1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    WaitSample s = new WaitSample(new OrderId(thread + "-" + i), NOON, NOON.plusSeconds(i + 1));
                    windows.update(key, w -> policy.admit(w, s));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(windows.current(key).size()).isEqualTo(800);
    }

    @Test
    void the_rejection_reporter_counts_everything_and_keeps_the_most_recent() {
        CountingRejectionReporter reporter = new CountingRejectionReporter(2);
        for (int i = 0; i < 5; i++) {
            reporter.report(new Rejection(i % 2 == 0 ? RejectionReason.NOT_JSON : RejectionReason.NEGATIVE_WAIT,
                    "bad", "e" + i));
        }
        assertThat(reporter.total()).isEqualTo(5);
        assertThat(reporter.countsByReason()).containsEntry(RejectionReason.NOT_JSON, 3L);
        assertThat(reporter.recent()).extracting(Rejection::eventRef).containsExactly("e3", "e4");
    }

    private static OrderSubmitted submitted(String order, Instant at) {
        return new OrderSubmitted(NYC, new OrderId(order), new Drink("Latte"), new Occurrence(at, "e-" + order));
    }
}
