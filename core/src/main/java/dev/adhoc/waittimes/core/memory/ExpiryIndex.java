package dev.adhoc.waittimes.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which keys may expire when, by the second of their expiry, so that a purge visits only the keys that may have
 * expired instead of every record held. A key is added whenever its record gets a new expiry second; stale
 * entries (the record was extended, or is gone) are harmless, because the purge re-checks each record.
 *
 * <p>Thread-safe: keys are spread over a few locked stripes by hash, so concurrent merges rarely wait on each
 * other. Each stripe's buckets live in a sorted map whose size is the number of distinct seconds of expiry
 * pending, not the number of records.
 *
 * @param <K> the key of a record
 */
final class ExpiryIndex<K> {
    /** The bucket of records that have no expiry, which a purge always drops. */
    static final long NEVER_SET = Long.MIN_VALUE;
    private static final int STRIPES = 16;

    private final Stripe<K>[] stripes;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    ExpiryIndex() {
        stripes = new Stripe[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe<>();
        }
    }

    /** @return the bucket of an expiry: its epoch second, or {@link #NEVER_SET} */
    static long secondOf(Instant expiresAt) {
        return expiresAt == null ? NEVER_SET : expiresAt.getEpochSecond();
    }

    /** Notes that the record of {@code key} expires in the second {@code second}. */
    void add(K key, long second) {
        int h = key.hashCode();
        stripes[(h ^ (h >>> 16)) & (STRIPES - 1)].add(key, second);
    }

    /**
     * Removes and returns every key noted for a second up to and including {@code second}: those whose record may
     * have expired by any instant of that second. The caller re-checks each record and notes again the ones that
     * are still to expire within {@code second}.
     *
     * @return the keys, possibly with repeats
     */
    List<K> takeUpTo(long second) {
        List<K> due = new ArrayList<>();
        for (Stripe<K> stripe : stripes) {
            stripe.takeUpTo(second, due);
        }
        return due;
    }

    private static final class Stripe<K> {
        private final NavigableMap<Long, List<K>> buckets = new TreeMap<>();
        // the bucket used last: merges mostly set the same expiry second, one after the other
        private long lastSecond;
        private List<K> lastBucket;

        synchronized void add(K key, long second) {
            if (lastBucket == null || second != lastSecond) {
                lastBucket = buckets.computeIfAbsent(second, s -> new ArrayList<>());
                lastSecond = second;
            }
            lastBucket.add(key);
        }

        synchronized void takeUpTo(long second, List<K> into) {
            Map<Long, List<K>> due = buckets.headMap(second, true);
            if (due.isEmpty()) {
                return;
            }
            due.values().forEach(into::addAll);
            due.clear();
            lastBucket = null;
        }
    }
}
