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

    /** Earliest time accepted: the Unix epoch. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** Latest time accepted: the end of year 9999, the last one RFC 3339 (and so the events catalog) can write. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    /** Longest event id accepted (EventBridge ids are 36-character UUIDs). */
    public static final int MAX_EVENT_ID_LENGTH = 256;

    /**
     * @throws NullPointerException  if a component is null
     * @throws InvalidValueException if the time is outside {@link #EARLIEST}..{@link #LATEST} (UNPARSABLE_TIME: it
     *                               could not be written back as the contract's time), or the event id is blank,
     *                               too long or not Unicode text
     */
    public Occurrence {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(eventId, "eventId");
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw new InvalidValueException(RejectionReason.UNPARSABLE_TIME,
                    "time " + time + " is outside the years 1970 to 9999");
        }
        Values.requireText(eventId, "event id", MAX_EVENT_ID_LENGTH, RejectionReason.MISSING_FIELD);
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
