package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What one order contributes to a window: when it was completed (windows are ordered by it) and a measured value
 * in the extension's unit (wait times: milliseconds of wait; a count: 1).
 *
 * @param orderId the order
 * @param at      when it was completed: its place in the window
 * @param value   the measured value
 */
public record Sample(OrderId orderId, Instant at, long value) {
    /** Latest completion first; on equal times the lexicographically larger order id counts as later. */
    public static final Comparator<Sample> LATEST_FIRST = (a, b) -> {
        int byTime = b.at.compareTo(a.at);
        return byTime != 0 ? byTime : b.orderId.compareTo(a.orderId);
    };

    /** @throws NullPointerException if a component is null */
    public Sample {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
    }
}
