package dev.adhoc.waittimes.core.domain;

/**
 * One thing the bus told us about an order: the commands of the {@code RecordOrderEvent} use case.
 * A driving adapter turns bus events into these; everything the bus says that is not one of these is ignored.
 */
public sealed interface OrderEvent permits OrderSubmitted, OrderClaimed, OrderCompleted, OrderClosed {
    /** @return the tenant the order belongs to */
    TenantId tenant();

    /** @return the order */
    OrderId orderId();

    /** @return when it happened, and which bus event said so */
    Occurrence occurrence();
}
