package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One place in a key's index of counted samples: an order at a completion time, holding its sample's value, or a
 * tombstone where the order no longer counts. A store keeps, per place, the entry of the highest version.
 *
 * @param key       the window's key
 * @param orderId   the order
 * @param at        the completion time (the place's rank: latest first, then the larger order id)
 * @param value     the sample's value; empty for a tombstone
 * @param version   the version of the order's record the entry was computed from
 * @param expiresAt when the entry may be forgotten (with the order's record)
 */
public record IndexEntry(WindowKey key, OrderId orderId, Instant at, OptionalLong value, long version,
                         Instant expiresAt) {
    /** @throws NullPointerException if a component is null */
    public IndexEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** @return whether the entry is a tombstone (the order does not count here) */
    public boolean isTombstone() {
        return value.isEmpty();
    }

    /** @return the sample, for an entry that is not a tombstone */
    public Sample sample() {
        return new Sample(orderId, at, value.orElseThrow());
    }
}
