package dev.adhoc.waittimes.acceptance.dsl;

/**
 * An event as it travels on the Serverlesspresso bus, in the scenario's words. Fields may be null (or odd) on
 * purpose: scenarios about bad data send exactly what a faulty producer would.
 *
 * @param kind    which lifecycle step
 * @param id      the envelope id
 * @param tenant  {@code detail.eventId}
 * @param orderId {@code detail.orderId}
 * @param drink   {@code detail.drinkOrder.drink} (submissions only)
 * @param time    the envelope {@code time}, ISO-8601 text
 */
public record BusEvent(Kind kind, String id, String tenant, String orderId, String drink, String time) {

    /** The lifecycle steps of the contract's table that matter to the extension, plus unrelated bus traffic. */
    public enum Kind {
        /** {@code OrderManager.WaitingCompletion}: in the barista queue, drink known. */
        SUBMITTED,
        /** {@code OrderManager.Order<tenant>-COMPLETED}. */
        COMPLETED,
        /** {@code OrderManager.OrderCompleted} (older name). */
        COMPLETED_LEGACY,
        /** {@code OrderManager.Order<tenant>-CANCELLED}. */
        CANCELLED,
        /** {@code OrderManager.OrderCancelled} (older name). */
        CANCELLED_LEGACY,
        /** {@code OrderProcessor.OrderTimeOut}. */
        TIMED_OUT,
        /** {@code OrderProcessor.orderFinished}: after a completion and after a cancellation. */
        FINISHED,
        /** Unrelated traffic on the same bus ({@code ConfigService.ConfigChanged}). */
        NOISE;

        /** @return the EventBridge {@code detail-type} of this step for a tenant */
        public String detailType(String tenant) {
            return switch (this) {
                case SUBMITTED -> "OrderManager.WaitingCompletion";
                case COMPLETED -> "OrderManager.Order" + tenant + "-COMPLETED";
                case COMPLETED_LEGACY -> "OrderManager.OrderCompleted";
                case CANCELLED -> "OrderManager.Order" + tenant + "-CANCELLED";
                case CANCELLED_LEGACY -> "OrderManager.OrderCancelled";
                case TIMED_OUT -> "OrderProcessor.OrderTimeOut";
                case FINISHED -> "OrderProcessor.orderFinished";
                case NOISE -> "ConfigService.ConfigChanged";
            };
        }
    }

    /** @return the same event with another envelope id (a conflicting report of the same step) */
    public BusEvent withId(String newId) {
        return new BusEvent(kind, newId, tenant, orderId, drink, time);
    }
}
