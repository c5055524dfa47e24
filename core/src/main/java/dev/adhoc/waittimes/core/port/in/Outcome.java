package dev.adhoc.waittimes.core.port.in;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What recording one event did.
 *
 * @param updates   the updates emitted, one per window that changed (none for a duplicate, a losing conflict, a
 *                  submission still waiting for its completion, or a completion older than a full window)
 * @param rejection why the event was not counted, if it was rejected
 */
public record Outcome(List<WaitTimeUpdate> updates, Optional<Rejection> rejection) {
    /** Copies the updates. */
    public Outcome {
        updates = List.copyOf(updates);
        Objects.requireNonNull(rejection, "rejection");
    }

    /** @return an outcome of an accepted event */
    public static Outcome accepted(List<WaitTimeUpdate> updates) {
        return new Outcome(updates, Optional.empty());
    }

    /** @return an outcome of a rejected event */
    public static Outcome rejected(Rejection rejection, List<WaitTimeUpdate> updates) {
        return new Outcome(updates, Optional.of(rejection));
    }

    /** @return whether the event was rejected */
    public boolean isRejected() {
        return rejection.isPresent();
    }
}
