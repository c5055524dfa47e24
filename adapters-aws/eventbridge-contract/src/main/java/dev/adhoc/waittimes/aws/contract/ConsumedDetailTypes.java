package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.CompletionMode;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Serverlesspresso detail-types the extension consumes, and as what, in a {@link CompletionMode}
 * (contract, sections 1 and 2). Everything else on the bus is ignored.
 *
 * <table>
 *   <caption>Consumed detail-types</caption>
 *   <tr><th>detail-type</th><th>COMPLETED (default)</th><th>FINISHED</th></tr>
 *   <tr><td>{@code OrderManager.WaitingCompletion}</td><td>submitted</td><td>submitted</td></tr>
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
    /** Older name of {@code OrderManager.Order<tenant>-COMPLETED}. */
    public static final String ORDER_COMPLETED = "OrderManager.OrderCompleted";
    /** Older name of {@code OrderManager.Order<tenant>-CANCELLED}. */
    public static final String ORDER_CANCELLED = "OrderManager.OrderCancelled";
    /** The customer or the barista timed out. */
    public static final String ORDER_TIME_OUT = "OrderProcessor.OrderTimeOut";
    /** The order workflow ended, after a completion and after a cancellation alike. */
    public static final String ORDER_FINISHED = "OrderProcessor.orderFinished";

    // The tenant may itself contain '-', so the state is anchored at the end.
    private static final Pattern ORDER_STATE = Pattern.compile("OrderManager\\.Order(.*)-(COMPLETED|CANCELLED)");

    /** What a consumed detail-type means. */
    public enum Kind {
        /** The order entered the barista queue with a known drink. */
        SUBMITTED,
        /** The order was completed: its wait ends. */
        COMPLETED,
        /** The barista cancelled the order. */
        CANCELLED,
        /** The order timed out. */
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

    /**
     * @param detailType an event's {@code detail-type}
     * @return what it means, or empty if the extension ignores it in this mode
     */
    public Optional<Consumed> classify(String detailType) {
        Matcher state = ORDER_STATE.matcher(detailType);
        if (state.matches()) {
            Kind kind = "COMPLETED".equals(state.group(2)) ? Kind.COMPLETED : Kind.CANCELLED;
            return Optional.of(new Consumed(kind, Optional.of(state.group(1))));
        }
        Kind kind = switch (detailType) {
            case WAITING_COMPLETION -> Kind.SUBMITTED;
            case ORDER_COMPLETED -> Kind.COMPLETED;
            case ORDER_CANCELLED -> Kind.CANCELLED;
            case ORDER_TIME_OUT -> Kind.TIMED_OUT;
            case ORDER_FINISHED -> mode == CompletionMode.FINISHED ? Kind.COMPLETED : null;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new Consumed(k, Optional.empty()));
    }
}
