package dev.adhoc.waittimes.cdk;

import dev.adhoc.waittimes.cdk.StackSettings.CompletionMode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;

/**
 * The events the extension consumes, as an EventBridge pattern: the Serverlesspresso source and exactly the
 * detail-types of the contract (section 2). Everything else on the bus never reaches the workflow, so it costs
 * nothing.
 */
public final class OrderEventPattern {
    /** The source every Serverlesspresso event carries. */
    public static final String SOURCE = "awsserverlessda.serverlesspresso";

    /** Detail-types matched literally in every mode. */
    public static final List<String> EXACT_DETAIL_TYPES = List.of(
            "OrderManager.WaitingCompletion",
            "OrderManager.OrderCompleted",
            "OrderManager.OrderCancelled",
            "OrderProcessor.OrderTimeOut");

    /**
     * Per-tenant detail-types ({@code OrderManager.Order<eventId>-COMPLETED}), matched by wildcard: it pins both
     * ends of the name, where a prefix match on {@code OrderManager.Order} would also take every other
     * {@code OrderManager.Order...} event.
     */
    public static final List<String> WILDCARD_DETAIL_TYPES = List.of(
            "OrderManager.Order*-COMPLETED",
            "OrderManager.Order*-CANCELLED");

    /** The extra completion of the compatibility mode ({@code completionMode=finished}). */
    public static final String FINISHED_DETAIL_TYPE = "OrderProcessor.orderFinished";

    private OrderEventPattern() {
    }

    /**
     * @param mode which events complete an order
     * @return the rule's pattern: source plus the consumed detail-types of that mode
     */
    public static EventPattern of(CompletionMode mode) {
        List<Object> detailTypes = new ArrayList<>(EXACT_DETAIL_TYPES);
        if (mode == CompletionMode.FINISHED) {
            detailTypes.add(FINISHED_DETAIL_TYPE);
        }
        WILDCARD_DETAIL_TYPES.forEach(pattern -> detailTypes.add(Match.wildcard(pattern)));
        return EventPattern.builder()
                .source(List.of(SOURCE))
                .detailType(Match.anyOf(detailTypes.toArray()))
                .build();
    }
}
