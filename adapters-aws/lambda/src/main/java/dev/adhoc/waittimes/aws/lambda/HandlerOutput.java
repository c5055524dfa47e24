package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.Rejection;

import java.util.List;
import java.util.Objects;

/**
 * The handler's answer to the workflow (ADR 0003), serialized as
 * {@code {"status": ..., "entries": [...], "rejection": {...}}}.
 *
 * @param status    what became of the event
 * @param entries   the {@code PutEvents} entries to emit, possibly empty, never absent
 * @param rejection why the event was rejected; present only when {@code status} is {@code REJECTED}
 */
@JsonPropertyOrder({"status", "entries", "rejection"})
public record HandlerOutput(Status status, List<PutEventsEntry> entries,
                            @JsonInclude(JsonInclude.Include.NON_NULL) RejectionOutput rejection) {
    /** What became of the event. */
    public enum Status {
        /** Recorded; the entries announce the windows it changed. */
        ACCEPTED,
        /** A detail-type or source the extension does not consume. */
        IGNORED,
        /** Not counted, for the reason given; the workflow sends it to the dead-letter queue. */
        REJECTED
    }

    /**
     * The rejection as the workflow receives it.
     *
     * @param reason   the typed reason ({@code MISSING_FIELD}, ...)
     * @param message  what was wrong
     * @param eventRef the event's id, or the request it came in
     */
    @JsonPropertyOrder({"reason", "message", "eventRef"})
    public record RejectionOutput(String reason, String message, String eventRef) {
        static RejectionOutput of(Rejection rejection) {
            return new RejectionOutput(rejection.reason().name(), rejection.message(), rejection.eventRef());
        }
    }

    /** @throws IllegalArgumentException unless the rejection is present exactly when the status is REJECTED */
    public HandlerOutput {
        Objects.requireNonNull(status, "status");
        entries = List.copyOf(entries);
        if ((status == Status.REJECTED) != (rejection != null)) {
            throw new IllegalArgumentException("a rejection goes with status REJECTED, and only with it");
        }
    }

    /** @return the output of an accepted event */
    public static HandlerOutput accepted(List<PutEventsEntry> entries) {
        return new HandlerOutput(Status.ACCEPTED, entries, null);
    }

    /** @return the output of an ignored event */
    public static HandlerOutput ignored() {
        return new HandlerOutput(Status.IGNORED, List.of(), null);
    }

    /**
     * @param rejection why
     * @param entries   updates the event still caused (a sample that had to leave its window), possibly empty
     * @return the output of a rejected event
     */
    public static HandlerOutput rejected(Rejection rejection, List<PutEventsEntry> entries) {
        return new HandlerOutput(Status.REJECTED, entries, RejectionOutput.of(rejection));
    }
}
