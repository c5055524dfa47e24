package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Rejection;

import java.util.List;

/**
 * What recording one event did.
 *
 * @param updates    one per window the event changed or whose order it is in (none for an event that changed nothing
 *                   and whose order is in no window)
 * @param rejections the rejections the event gave rise to, each with its deterministic id (a pair of the order's
 *                   reports that breaks a rule, or the event itself)
 * @param <F>        the figures' type
 */
public record Recorded<F>(List<Update<F>> updates, List<Rejection> rejections) {
    /** Copies the lists. */
    public Recorded {
        updates = List.copyOf(updates);
        rejections = List.copyOf(rejections);
    }
}
