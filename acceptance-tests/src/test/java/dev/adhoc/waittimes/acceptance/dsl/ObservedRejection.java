package dev.adhoc.waittimes.acceptance.dsl;

/**
 * An input the extension did not count, as it reported it.
 *
 * @param id       the rejection's deterministic id: what caused it (a redelivery repeats the same id)
 * @param reason   the typed reason's name (core's {@code RejectionReason})
 * @param message  the explanation
 * @param eventRef the event's id, or its position
 */
public record ObservedRejection(String id, String reason, String message, String eventRef) {
}
