package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * An input that was not counted, with the reason. Every rejection is reported; one never stops the others.
 *
 * @param reason   the typed reason
 * @param message  what was wrong, in words a user can act on
 * @param eventRef which input it was: the bus event's id when known, else a position such as {@code "line 12"}
 */
public record Rejection(RejectionReason reason, String message, String eventRef) {
    /** @throws NullPointerException if a component is null */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(eventRef, "eventRef");
    }
}
