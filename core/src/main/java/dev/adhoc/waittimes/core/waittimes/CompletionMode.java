package dev.adhoc.waittimes.core.waittimes;

/** Which events count as a completion (contract, section 2). The mapping of bus detail-types follows it. */
public enum CompletionMode {
    /**
     * Default: {@code OrderManager.Order*-COMPLETED} and {@code OrderManager.OrderCompleted} complete an order;
     * a cancellation or time-out only closes it.
     */
    COMPLETED,
    /**
     * Compatibility with the reference extension: {@code OrderProcessor.orderFinished} also completes an order, so
     * cancelled or timed-out orders are excluded, and a cancellation that arrives after the order was counted
     * withdraws its sample from the window if it is still there.
     */
    FINISHED
}
