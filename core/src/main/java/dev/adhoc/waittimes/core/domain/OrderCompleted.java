package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * The barista completed the order (or, in {@code CompletionMode.FINISHED}, its workflow finished): the wait ends.
 *
 * @param tenant     the tenant
 * @param orderId    the order
 * @param occurrence when it was completed
 */
public record OrderCompleted(TenantId tenant, OrderId orderId, Occurrence occurrence) implements OrderEvent {
    /** @throws NullPointerException if a component is null */
    public OrderCompleted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
