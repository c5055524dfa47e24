package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.waittimes.CompletionMode;

import java.util.Objects;
import java.util.Optional;

/**
 * Which Serverlesspresso detail-types the extension consumes, and as what, in a {@link CompletionMode}
 * (contract, sections 1 and 2): the default {@link DetailTypeRegistry}. Everything else on the bus is ignored.
 *
 * <table>
 *   <caption>Consumed detail-types</caption>
 *   <tr><th>detail-type</th><th>COMPLETED (default)</th><th>FINISHED</th></tr>
 *   <tr><td>{@code OrderManager.WaitingCompletion}</td><td>submitted</td><td>submitted</td></tr>
 *   <tr><td>{@code OrderManager.MakeOrder}</td><td>claimed</td><td>claimed</td></tr>
 *   <tr><td>{@code OrderManager.Order<tenant>-COMPLETED}, {@code OrderManager.OrderCompleted}</td>
 *       <td>completed</td><td>completed</td></tr>
 *   <tr><td>{@code OrderProcessor.orderFinished}</td><td>ignored</td><td>completed</td></tr>
 *   <tr><td>{@code OrderManager.Order<tenant>-CANCELLED}, {@code OrderManager.OrderCancelled}</td>
 *       <td>cancelled</td><td>cancelled</td></tr>
 *   <tr><td>{@code OrderProcessor.OrderTimeOut}</td><td>timed out</td><td>timed out</td></tr>
 * </table>
 *
 * @param mode which events complete an order
 */
public record ConsumedDetailTypes(CompletionMode mode) {
    /** The {@code source} of every Serverlesspresso event; events of any other source are ignored. */
    public static final String SOURCE = "awsserverlessda.serverlesspresso";
    /** The order entered the barista queue. */
    public static final String WAITING_COMPLETION = "OrderManager.WaitingCompletion";
    /** A barista claimed the order and is making it. */
    public static final String MAKE_ORDER = "OrderManager.MakeOrder";
    /** Older name of {@code OrderManager.Order<tenant>-COMPLETED}. */
    public static final String ORDER_COMPLETED = "OrderManager.OrderCompleted";
    /** Older name of {@code OrderManager.Order<tenant>-CANCELLED}. */
    public static final String ORDER_CANCELLED = "OrderManager.OrderCancelled";
    /** The customer or the barista timed out. */
    public static final String ORDER_TIME_OUT = "OrderProcessor.OrderTimeOut";
    /** The order workflow ended, after a completion and after a cancellation alike. */
    public static final String ORDER_FINISHED = "OrderProcessor.orderFinished";

    /** What a consumed detail-type means: which core event it becomes. */
    public enum Kind {
        /** The order entered the barista queue with a known drink ({@code OrderSubmitted}). */
        SUBMITTED,
        /** A barista claimed the order: it left the queue and is being made ({@code OrderClaimed}). */
        CLAIMED,
        /** The order was completed: its wait ends ({@code OrderCompleted}). */
        COMPLETED,
        /** The barista cancelled the order ({@code OrderClosed}, reason {@code CANCELLED}). */
        CANCELLED,
        /** The order timed out ({@code OrderClosed}, reason {@code TIMED_OUT}). */
        TIMED_OUT
    }

    /**
     * A consumed detail-type.
     *
     * @param kind         what it means
     * @param tenantInType the tenant the detail-type names ({@code OrderManager.Order<tenant>-...}), which must
     *                     equal {@code detail.eventId}; empty for the other detail-types
     */
    public record Consumed(Kind kind, Optional<String> tenantInType) {
        /** @throws NullPointerException if a component is null */
        public Consumed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(tenantInType, "tenantInType");
        }
    }

    /** @throws NullPointerException if the mode is null */
    public ConsumedDetailTypes {
        Objects.requireNonNull(mode, "mode");
    }

    /** @return the registry of this mode, {@link DetailTypeRegistry#defaults(CompletionMode)} */
    public DetailTypeRegistry registry() {
        return DetailTypeRegistry.defaults(mode);
    }

    /**
     * @param detailType an event's {@code detail-type}
     * @return what it means, or empty if the extension ignores it in this mode
     */
    public Optional<Consumed> classify(String detailType) {
        return registry().classify(detailType);
    }
}
