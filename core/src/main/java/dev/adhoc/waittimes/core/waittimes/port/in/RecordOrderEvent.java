package dev.adhoc.waittimes.core.waittimes.port.in;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;

/**
 * In-port: record what the bus said about an order, and emit the wait-time updates it causes.
 * Safe to call again with the same event (at-least-once delivery) and in any order.
 */
public interface RecordOrderEvent {
    /**
     * @param event a submission, completion, cancellation or time-out
     * @return the updates emitted, or the rejection
     */
    Outcome record(OrderEvent event);

    /**
     * Reports input that a driving adapter could not turn into an {@link OrderEvent} (not JSON, a missing field,
     * ...), so that every rejection goes to the same reporter.
     *
     * @param rejection what was wrong
     * @return the rejected outcome
     */
    Outcome reject(Rejection rejection);
}
