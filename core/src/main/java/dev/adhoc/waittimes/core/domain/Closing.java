package dev.adhoc.waittimes.core.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * The winning cancellation or time-out of an order.
 *
 * @param reason     cancelled or timed out
 * @param occurrence when it was closed
 */
public record Closing(ClosingReason reason, Occurrence occurrence) {
    static final Comparator<Closing> WINNER_FIRST =
            Comparator.comparing(Closing::occurrence).thenComparing(Closing::reason);

    /** @throws NullPointerException if a component is null */
    public Closing {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
