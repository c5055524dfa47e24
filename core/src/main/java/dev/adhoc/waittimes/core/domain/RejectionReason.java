package dev.adhoc.waittimes.core.domain;

/** Why an input was rejected. Rejected input is never counted and always reported with one of these reasons. */
public enum RejectionReason {
    /** The input is not JSON, or not a JSON object where one is required. */
    NOT_JSON,
    /** The input exceeds the size limit of the bus (256 KB). */
    OVERSIZED,
    /** A field the event needs ({@code orderId}, {@code eventId}, {@code drink}, {@code time}, ...) is absent or blank. */
    MISSING_FIELD,
    /** A field has the wrong JSON type (a number where a string is expected, a non-object detail, ...). */
    WRONG_TYPE,
    /** The event's {@code time} cannot be parsed as an ISO-8601 instant. */
    UNPARSABLE_TIME,
    /** The tenant ({@code detail.eventId}) does not have the tenant format. */
    INVALID_TENANT,
    /** A field is present but its value is unusable (an empty drink name, control characters, too long). */
    INVALID_VALUE,
    /** The completion happened before the submission. */
    NEGATIVE_WAIT,
    /** The wait exceeds the configured ceiling (default 15 minutes, the barista timeout). */
    WAIT_ABOVE_CEILING,
    /** An order already has the most distinct reports of this kind ({@code OrderRecord.MAX_REPORTS_PER_KIND}). */
    TOO_MANY_REPORTS,
    /**
     * The event's {@code time} is later than the processing clock plus the allowed clock skew (default 5 minutes):
     * an event from the future would otherwise move event-time clocks and stay the latest sample of its window.
     */
    TIME_AHEAD_OF_CLOCK
}
