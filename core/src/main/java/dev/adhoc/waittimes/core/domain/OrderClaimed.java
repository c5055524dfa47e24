package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * A barista claimed the order ({@code OrderManager.MakeOrder}): it left the queue and is being made. Splits an
 * order's wait into queue time (submission to claim) and make time (claim to completion).
 *
 * @param tenant     the tenant
 * @param orderId    the order
 * @param occurrence when it was claimed
 */
public record OrderClaimed(TenantId tenant, OrderId orderId, Occurrence occurrence) implements OrderEvent {
    /** @throws NullPointerException if a component is null */
    public OrderClaimed {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
