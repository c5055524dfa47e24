package dev.adhoc.waittimes.core.engine.port;

import dev.adhoc.waittimes.core.domain.OrderRecord;

import java.util.Objects;

/**
 * An order record before and after an atomic merge.
 *
 * @param before the stored record before (an empty record if there was none)
 * @param after  the stored record after (the same facts as {@code before} if the event changed nothing)
 */
public record RecordChange(OrderRecord before, OrderRecord after) {
    /** @throws NullPointerException if a component is null */
    public RecordChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return whether the merge changed a fact */
    public boolean changed() {
        return !before.sameFactsAs(after);
    }
}
