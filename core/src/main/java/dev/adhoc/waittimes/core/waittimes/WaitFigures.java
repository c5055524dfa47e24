package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.engine.Window;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The figures a wait-time window shows: the mean wait, rounded half up to the millisecond, and the nearest-rank
 * median and 90th percentile.
 *
 * @param average    the mean wait (zero for an empty window)
 * @param p50        the median wait, nearest-rank (zero for an empty window)
 * @param p90        the 90th percentile wait, nearest-rank (zero for an empty window)
 * @param sampleSize how many samples the figures come from
 */
public record WaitFigures(Duration average, Duration p50, Duration p90, int sampleSize) {
    /** The figures of an empty window. */
    public static final WaitFigures NONE = new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);

    /** @throws NullPointerException if a duration is null */
    public WaitFigures {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative");
        }
    }

    /**
     * @param window samples whose values are waits in milliseconds
     * @return their figures
     */
    public static WaitFigures of(Window window) {
        int n = window.size();
        if (n == 0) {
            return NONE;
        }
        long[] millis = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            millis[i] = window.samples().get(i).value();
            total += millis[i];
        }
        Arrays.sort(millis);
        long mean = Math.floorDiv(2 * total + n, 2L * n); // round half up
        return new WaitFigures(Duration.ofMillis(mean), Duration.ofMillis(nearestRank(millis, 50)),
                Duration.ofMillis(nearestRank(millis, 90)), n);
    }

    /** The smallest value such that at least {@code percent}% of the values are at or below it. */
    private static long nearestRank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
