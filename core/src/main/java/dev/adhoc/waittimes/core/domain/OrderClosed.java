package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * The order was cancelled or timed out. In {@code CompletionMode.COMPLETED} this only closes the order (an order
 * that also has a completion is still counted); in {@code CompletionMode.FINISHED} it excludes the order.
 *
 * @param tenant     the tenant
 * @param orderId    the order
 * @param reason     cancelled or timed out
 * @param occurrence when it was closed
 */
public record OrderClosed(TenantId tenant, OrderId orderId, ClosingReason reason, Occurrence occurrence)
        implements OrderEvent {
    /** @throws NullPointerException if a component is null */
    public OrderClosed {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
