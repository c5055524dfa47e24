package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order's place in a key's index of counted samples: its sample where it counts, or a tombstone where it no
 * longer does. A store keeps, per place (key, order), the entry of the highest version.
 *
 * @param key       the window's key
 * @param orderId   the order
 * @param sample    the order's sample; empty for a tombstone
 * @param version   the version of the order's record the entry was computed from
 * @param expiresAt when the entry may be forgotten (with the order's record)
 */
public record IndexEntry(WindowKey key, OrderId orderId, Optional<Sample> sample, long version, Instant expiresAt) {
    /** @throws IllegalArgumentException if the sample is another order's */
    public IndexEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (sample.isPresent() && !sample.get().orderId().equals(orderId)) {
            throw new IllegalArgumentException("the sample of " + sample.get().orderId() + " at the place of " + orderId);
        }
    }

    /** @return whether the entry is a tombstone (the order does not count here) */
    public boolean isTombstone() {
        return sample.isEmpty();
    }
}
