package dev.adhoc.waittimes.core.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * When something happened to an order, as one bus event reported it: the event's {@code time} and its envelope
 * {@code id}. Where two events disagree about one order, the earlier occurrence wins, ties broken by the
 * lexicographically smaller event id — so the outcome never depends on which event arrived first.
 *
 * @param time    the event's {@code time}
 * @param eventId the event's envelope {@code id} (not the tenant: the bus calls the tenant {@code detail.eventId})
 */
public record Occurrence(Instant time, String eventId) implements Comparable<Occurrence> {
    private static final Comparator<Occurrence> EARLIEST_FIRST =
            Comparator.comparing(Occurrence::time).thenComparing(Occurrence::eventId);

    /** @throws NullPointerException if a component is null */
    public Occurrence {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** Orders occurrences earliest first; the first one wins a disagreement. */
    @Override
    public int compareTo(Occurrence other) {
        return EARLIEST_FIRST.compare(this, other);
    }

    /** @return whether this occurrence wins over {@code other} (is strictly earlier in the total order) */
    public boolean winsOver(Occurrence other) {
        return compareTo(other) < 0;
    }
}
