package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * Thrown by a domain value's constructor when the value is unusable; carries the typed reason so that a
 * driving adapter can turn it into a {@link Rejection} instead of a stack trace.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    /**
     * @param reason  why the value is rejected
     * @param message what is wrong, in words a user can act on
     */
    public InvalidValueException(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the value was rejected */
    public RejectionReason reason() {
        return reason;
    }
}
