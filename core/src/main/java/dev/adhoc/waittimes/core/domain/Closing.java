package dev.adhoc.waittimes.core.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A cancellation or time-out report of an order.
 *
 * @param reason     cancelled or timed out
 * @param occurrence when it was closed
 */
public record Closing(ClosingReason reason, Occurrence occurrence) {
    /** Earliest occurrence first, then by reason: the first one wins. */
    static final Comparator<Closing> WINNER_FIRST =
            Comparator.comparing(Closing::occurrence).thenComparing(Closing::reason);

    /** @throws NullPointerException if a component is null */
    public Closing {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
