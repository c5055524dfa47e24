package dev.adhoc.waittimes.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What writing an {@link IndexEntry} did: the engine computes a window's "before" from what the index really held,
 * so that a retry after a crash still sees, and reports, the change it completes.
 *
 * @param applied  whether the entry replaced what the place held (false: an entry of the same or a higher version
 *                 was there, and stays)
 * @param replaced the sample the write replaced; empty if the place held none (nothing, or a tombstone) or the write
 *                 was not applied
 */
public record IndexWrite(boolean applied, Optional<Sample> replaced) {
    /** A write that was not applied. */
    public static final IndexWrite REFUSED = new IndexWrite(false, Optional.empty());

    /** @throws NullPointerException if a component is null */
    public IndexWrite {
        Objects.requireNonNull(replaced, "replaced");
        if (!applied && replaced.isPresent()) {
            throw new IllegalArgumentException("a write that was not applied replaced nothing");
        }
    }

    /** @return a write that was applied, replacing this sample (or none) */
    public static IndexWrite replacing(Optional<Sample> replaced) {
        return new IndexWrite(true, replaced);
    }
}
