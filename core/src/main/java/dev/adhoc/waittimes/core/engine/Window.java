package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The samples a key's figures are computed from, latest completion first, at most one per order. Immutable;
 * which samples it holds is the {@link WindowPolicy}'s choice.
 *
 * @param samples the samples, latest first ({@link Sample#LATEST_FIRST})
 */
public record Window(List<Sample> samples) {
    private static final Window EMPTY = new Window(List.of());

    /** Copies the samples, sorts them latest first and checks there is one per order. */
    public Window {
        Sample[] sorted = samples.toArray(new Sample[0]);
        for (int i = 1; i < sorted.length; i++) {
            if (Sample.LATEST_FIRST.compare(sorted[i - 1], sorted[i]) > 0) { // windows mostly come sorted already
                Arrays.sort(sorted, Sample.LATEST_FIRST);
                break;
            }
        }
        samples = List.of(sorted);
        requireOnePerOrder(samples);
    }

    private static void requireOnePerOrder(List<Sample> samples) {
        if (samples.size() <= 16) { // the usual windows: pair by pair, without a set, equal hashes first
            int[] hashes = new int[samples.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = samples.get(i).orderId().hashCode();
                for (int j = 0; j < i; j++) {
                    if (hashes[i] == hashes[j] && samples.get(i).orderId().equals(samples.get(j).orderId())) {
                        throw new IllegalArgumentException("a window holds at most one sample per order: "
                                + samples.get(i).orderId());
                    }
                }
            }
            return;
        }
        Set<OrderId> orders = new HashSet<>();
        for (Sample s : samples) {
            if (!orders.add(s.orderId())) {
                throw new IllegalArgumentException("a window holds at most one sample per order: " + s.orderId());
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

    /** @return whether it holds exactly this sample */
    public boolean contains(Sample sample) {
        return samples.contains(sample);
    }

    /** @return the sample of this order, if the window holds one */
    public Optional<Sample> sampleOf(OrderId orderId) {
        return samples.stream().filter(s -> s.orderId().equals(orderId)).findFirst();
    }

    /** @return the latest completion in the window, empty for an empty window */
    public Optional<Instant> latest() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(0).at());
    }
}
