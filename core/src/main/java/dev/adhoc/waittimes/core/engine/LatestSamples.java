package dev.adhoc.waittimes.core.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A count-based window: the {@code capacity} samples with the latest completion.
 *
 * @param capacity how many samples, 1 to {@value #MAX_CAPACITY}
 */
public record LatestSamples(int capacity) implements WindowPolicy {
    /** Largest capacity allowed. */
    public static final int MAX_CAPACITY = 1000;

    /** @throws IllegalArgumentException if the capacity is outside 1 to 1000 */
    public LatestSamples {
        requireCapacity(capacity);
    }

    /**
     * The rule of a window size, which settings also check: 1 to {@value #MAX_CAPACITY}.
     *
     * @param capacity the size to check
     * @return the size
     * @throws IllegalArgumentException if it is outside 1 to 1000; the message says the rule
     */
    public static int requireCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("window size must be between 1 and " + MAX_CAPACITY + ", was " + capacity);
        }
        return capacity;
    }

    @Override
    public Window select(Iterator<Sample> latestFirst) {
        List<Sample> taken = new ArrayList<>(Math.min(capacity, 16));
        while (taken.size() < capacity && latestFirst.hasNext()) {
            taken.add(latestFirst.next());
        }
        return new Window(taken);
    }

    @Override
    public int pageSize() {
        return capacity + 1;
    }
}
