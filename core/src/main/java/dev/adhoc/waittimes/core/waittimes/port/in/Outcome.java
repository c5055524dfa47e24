package dev.adhoc.waittimes.core.waittimes.port.in;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;

import java.util.List;

/**
 * What recording one event did.
 *
 * @param updates    the updates emitted: one per window the event changed or whose order it is in (none for an event
 *                   that changed nothing and whose order is in no window)
 * @param rejections what was rejected, each with its deterministic id: the event itself (bad input), or pairs of its
 *                   order's reports that break a rule (a negative wait, a wait above the ceiling)
 */
public record Outcome(List<WaitTimeUpdate> updates, List<Rejection> rejections) {
    /** Copies the lists. */
    public Outcome {
        updates = List.copyOf(updates);
        rejections = List.copyOf(rejections);
    }

    /** @return whether anything was rejected */
    public boolean isRejected() {
        return !rejections.isEmpty();
    }
}
