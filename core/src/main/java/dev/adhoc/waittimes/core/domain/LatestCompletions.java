package dev.adhoc.waittimes.core.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The contract's window: the {@code N} completed orders with the latest completion time (on equal times the
 * lexicographically larger order id counts as later), summarized as their mean wait plus nearest-rank p50 and p90.
 *
 * <p>Because the window is the top {@code N} of a set by a total order, admitting the same samples in any order,
 * any number of times, ends in the same window.
 *
 * @param capacity {@code N}, 1 to 1000
 */
public record LatestCompletions(int capacity) implements WindowPolicy {
    /** Smallest window size allowed. */
    public static final int MIN_CAPACITY = 1;
    /** Largest window size allowed. */
    public static final int MAX_CAPACITY = 1000;

    /** @throws IllegalArgumentException if the capacity is outside 1 to 1000 */
    public LatestCompletions {
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("window size must be between 1 and 1000, was " + capacity);
        }
    }

    @Override
    public Window admit(Window window, WaitSample sample) {
        // One pass over the sorted window instead of copy, sort and cut: this runs on every counted completion.
        List<WaitSample> current = window.samples();
        int n = current.size();
        int replaced = window.indexOf(sample.orderId());
        if (replaced >= 0 && current.get(replaced).equals(sample)) {
            return window;
        }
        int size = Math.min(capacity, n - (replaced >= 0 ? 1 : 0) + 1);
        WaitSample[] admitted = new WaitSample[size];
        int k = 0;
        boolean placed = false;
        for (int i = 0; i < n && k < size; i++) {
            if (i == replaced) {
                continue;
            }
            WaitSample s = current.get(i);
            if (!placed && WaitSample.latestFirst(sample, s) < 0) {
                admitted[k++] = sample;
                placed = true;
                if (k == size) {
                    break;
                }
            }
            admitted[k++] = s;
        }
        if (!placed && k < size) {
            admitted[k] = sample;
        }
        return new Window(List.of(admitted));
    }

    @Override
    public WaitFigures summarize(Window window) {
        int n = window.size();
        if (n == 0) {
            return new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
        }
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = window.samples().get(i).waitMillis();
        }
        Arrays.sort(millis);
        long total = 0;
        for (long m : millis) {
            total += m;
        }
        // Round half up to the millisecond: the contract's precision.
        long mean = Math.floorDiv(2 * total + n, 2L * n);
        return new WaitFigures(Duration.ofMillis(mean), Duration.ofMillis(nearestRank(millis, 50)),
                Duration.ofMillis(nearestRank(millis, 90)), n);
    }

    /** The smallest value such that at least {@code percent}% of the values are at or below it. */
    private static long nearestRank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
