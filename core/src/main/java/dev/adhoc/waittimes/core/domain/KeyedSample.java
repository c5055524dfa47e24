package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * An order's sample together with the window it belongs to.
 *
 * @param key    the tenant and drink of the order
 * @param sample the order's wait
 */
public record KeyedSample(WindowKey key, WaitSample sample) {
    /** @throws NullPointerException if a component is null */
    public KeyedSample {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sample, "sample");
    }
}
