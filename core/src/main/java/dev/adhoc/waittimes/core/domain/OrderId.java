package dev.adhoc.waittimes.core.domain;

/**
 * An order's id ({@code detail.orderId}), unique within a tenant. 1 to 128 characters, no control characters.
 *
 * @param value the id as it appears on the bus
 */
public record OrderId(String value) implements Comparable<OrderId> {
    /** Longest order id accepted. */
    public static final int MAX_LENGTH = 128;

    /** @throws InvalidValueException if the id is missing, too long or has control characters */
    public OrderId {
        Values.requireText(value, "orderId", MAX_LENGTH, RejectionReason.MISSING_FIELD);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
