package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * The order entered the barista queue with a known drink ({@code OrderManager.WaitingCompletion}): the wait starts.
 *
 * @param tenant     the tenant
 * @param orderId    the order
 * @param drink      the drink ordered
 * @param occurrence when it entered the queue
 */
public record OrderSubmitted(TenantId tenant, OrderId orderId, Drink drink, Occurrence occurrence) implements OrderEvent {
    /** @throws NullPointerException if a component is null */
    public OrderSubmitted {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(drink, "drink");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
