package dev.adhoc.waittimes.core.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The samples a key's wait time is computed from, latest completion first, at most one per order.
 * Immutable; which samples it keeps is the {@link WindowPolicy}'s decision.
 *
 * @param samples the samples, latest completion first ({@link WaitSample#LATEST_FIRST})
 */
public record Window(List<WaitSample> samples) {
    private static final Window EMPTY = new Window(List.of());
    /** Up to this size, duplicates are looked for pair by pair. */
    private static final int PAIRWISE_UP_TO = 16;

    /** Copies the samples and sorts them latest first. */
    public Window {
        // Built on every update, mostly from samples already in order: copy once, sort only if needed.
        samples = List.copyOf(samples);
        if (!isLatestFirst(samples)) {
            WaitSample[] sorted = samples.toArray(new WaitSample[0]);
            Arrays.sort(sorted, WaitSample.LATEST_FIRST);
            samples = List.of(sorted);
        }
        requireOnePerOrder(samples);
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
        int i = indexOf(orderId);
        return i < 0 ? Optional.empty() : Optional.of(samples.get(i));
    }

    /** @return the window without the sample of this order (this window if it holds none) */
    public Window without(OrderId orderId) {
        int i = indexOf(orderId);
        if (i < 0) {
            return this;
        }
        WaitSample[] rest = new WaitSample[samples.size() - 1];
        for (int j = 0, k = 0; j < samples.size(); j++) {
            if (j != i) {
                rest[k++] = samples.get(j);
            }
        }
        return new Window(List.of(rest));
    }

    /** @return the position of this order's sample, or -1 */
    int indexOf(OrderId orderId) {
        int hash = orderId.value().hashCode();
        for (int i = 0, n = samples.size(); i < n; i++) {
            OrderId candidate = samples.get(i).orderId();
            if (candidate.value().hashCode() == hash && candidate.equals(orderId)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLatestFirst(List<WaitSample> samples) {
        for (int i = 1, n = samples.size(); i < n; i++) {
            if (WaitSample.latestFirst(samples.get(i - 1), samples.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rejects a second sample of an order, naming the first order found twice in window order. Compares the order
     * ids' hashes first; small windows (the usual ones) pair by pair without allocating, larger ones through an
     * open-addressing table of positions: both cheaper than a {@code HashSet} on every update.
     */
    private static void requireOnePerOrder(List<WaitSample> samples) {
        int n = samples.size();
        if (n <= PAIRWISE_UP_TO) {
            for (int i = 1; i < n; i++) {
                OrderId order = samples.get(i).orderId();
                int hash = order.value().hashCode();
                for (int j = 0; j < i; j++) {
                    OrderId other = samples.get(j).orderId();
                    if (other.value().hashCode() == hash && other.equals(order)) {
                        throw twice(order);
                    }
                }
            }
            return;
        }
        int mask = Integer.highestOneBit(2 * n - 1) * 2 - 1;
        int[] slots = new int[mask + 1]; // position + 1, 0 when free
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            OrderId order = samples.get(i).orderId();
            int hash = order.value().hashCode();
            hashes[i] = hash;
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (slots[slot] != 0) {
                int j = slots[slot] - 1;
                if (hashes[j] == hash && samples.get(j).orderId().equals(order)) {
                    throw twice(order);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    private static IllegalArgumentException twice(OrderId order) {
        return new IllegalArgumentException("a window holds at most one sample per order: " + order);
    }
}
