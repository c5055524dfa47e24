package dev.adhoc.waittimes.core.domain;

import java.time.Duration;
import java.util.ArrayList;
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
        if (window.sampleOf(sample.orderId()).filter(sample::equals).isPresent()) {
            return window;
        }
        List<WaitSample> samples = new ArrayList<>(window.without(sample.orderId()).samples());
        samples.add(sample);
        samples.sort(WaitSample.LATEST_FIRST);
        if (samples.size() > capacity) {
            samples = samples.subList(0, capacity);
        }
        return new Window(samples);
    }

    @Override
    public WaitFigures summarize(Window window) {
        int n = window.size();
        if (n == 0) {
            return new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
        }
        long[] millis = window.samples().stream().mapToLong(s -> s.waitTime().toMillis()).sorted().toArray();
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
