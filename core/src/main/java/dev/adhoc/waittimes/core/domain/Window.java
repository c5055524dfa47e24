package dev.adhoc.waittimes.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The samples a key's wait time is computed from, latest completion first, at most one per order.
 * Immutable; which samples it keeps is the {@link WindowPolicy}'s decision.
 *
 * @param samples the samples, latest completion first ({@link WaitSample#LATEST_FIRST})
 */
public record Window(List<WaitSample> samples) {
    private static final Window EMPTY = new Window(List.of());

    /** Copies the samples and sorts them latest first. */
    public Window {
        List<WaitSample> sorted = new ArrayList<>(samples);
        sorted.sort(WaitSample.LATEST_FIRST);
        samples = List.copyOf(sorted);
        Set<OrderId> orders = new HashSet<>();
        for (WaitSample sample : samples) {
            if (!orders.add(sample.orderId())) {
                throw new IllegalArgumentException("a window holds at most one sample per order: " + sample.orderId());
            }
        }
    }

    /** @return a window with no samples */
    public static Window empty() {
        return EMPTY;
    }

    /** @return the number of samples */
    public int size() {
        return samples.size();
    }

    /** @return whether it has no sample */
    public boolean isEmpty() {
        return samples.isEmpty();
    }

    /** @return the sample of this order, if the window holds one */
    public Optional<WaitSample> sampleOf(OrderId orderId) {
        return samples.stream().filter(s -> s.orderId().equals(orderId)).findFirst();
    }

    /** @return the window without the sample of this order (this window if it holds none) */
    public Window without(OrderId orderId) {
        if (sampleOf(orderId).isEmpty()) {
            return this;
        }
        return new Window(samples.stream().filter(s -> !s.orderId().equals(orderId)).toList());
    }
}
