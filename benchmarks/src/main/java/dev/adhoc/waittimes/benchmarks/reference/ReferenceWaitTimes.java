package dev.adhoc.waittimes.benchmarks.reference;

import dev.adhoc.waittimes.benchmarks.reference.OrderDurationTable.Item;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A faithful Java port of the reference wait-times extension that this project replaces, to measure its cost
 * against ours. Per event it does what the reference's state machine and Lambda do:
 * <ul>
 *   <li>{@code OrderManager.WaitingCompletion}: PutItem {@code {orderId, drink, drink_order_submitted}};</li>
 *   <li>{@code OrderProcessor.orderFinished}: UpdateItem {@code SET drink_order_completed}, then the Lambda:
 *       GetItem (the order's drink), Query every completed order of that drink (no limit, all tenants), sort them
 *       latest completion first, keep the first {@code NB_ITEMS}, average their waits in seconds.</li>
 * </ul>
 * So its cost per completion grows with the number of orders ever made of the drink. It keeps the reference's
 * faults on purpose (tenants mixed, cancelled orders counted, a completion before its submission crashes).
 *
 * <p>One liberty, in the reference's favour: the sort compares the ISO-8601 strings instead of parsing two
 * {@code Date}s per comparison as the JavaScript does. For the bus's fixed-width UTC times at second precision
 * (all the benchmark uses) the order is the same. The Query returns every item, where DynamoDB would stop at
 * 1 MB and the reference would silently average the wrong orders; the port computes what the code means to.
 */
public final class ReferenceWaitTimes {
    /** Latest completion first, as {@code orders.sort((a, b) => new Date(b.c) - new Date(a.c))}. */
    private static final Comparator<Item> LATEST_COMPLETION_FIRST =
            Comparator.comparing(Item::completed).reversed();

    /**
     * The Lambda's result, which the state machine puts on the bus as {@code OrderManager.DrinkAverageTime}.
     *
     * @param drink    the drink
     * @param duration the average wait in seconds
     * @param eventId  the tenant of the completed order (the average mixes all tenants)
     */
    public record DrinkAverageTime(String drink, double duration, String eventId) {
    }

    private final OrderDurationTable table;
    private final int nbItems;

    /**
     * @param table   the table
     * @param nbItems {@code NB_ITEMS}: how many latest orders to average (10 in the reference)
     */
    public ReferenceWaitTimes(OrderDurationTable table, int nbItems) {
        this.table = Objects.requireNonNull(table, "table");
        if (nbItems < 1) {
            throw new IllegalArgumentException("nbItems must be positive");
        }
        this.nbItems = nbItems;
    }

    /**
     * Feeds a core command as the reference receives its bus event: a submission is
     * {@code OrderManager.WaitingCompletion}; a completion or a cancellation is followed on the bus by
     * {@code OrderProcessor.orderFinished}, the only "completion" the reference listens to.
     *
     * @return the average the reference would emit, if any
     */
    public Optional<DrinkAverageTime> on(OrderEvent event) {
        String orderId = event.orderId().value();
        String time = event.occurrence().time().toString();
        if (event instanceof OrderSubmitted s) {
            saveSubmitted(orderId, s.drink().name(), time);
            return Optional.empty();
        }
        return Optional.of(orderFinished(orderId, event.tenant().value(), time));
    }

    /** State "Save Order Submitted Time": PutItem. */
    public void saveSubmitted(String orderId, String drink, String time) {
        table.putItem(new Item(orderId, drink, time, null));
    }

    /** States "Save Order Completed Time" (UpdateItem), then "Calculate Average Time" (the Lambda). */
    public DrinkAverageTime orderFinished(String orderId, String eventId, String time) {
        table.setCompleted(orderId, time);
        return calculateAverageTime(orderId, eventId);
    }

    private DrinkAverageTime calculateAverageTime(String orderId, String eventId) {
        String drink = table.getItem(orderId).map(Item::drink)
                .orElseThrow(() -> new IllegalStateException("Cannot read properties of undefined (reading 'drink')"
                        + ": order " + orderId + " finished before it was submitted"));
        List<Item> orders = table.queryCompletedByDrink(drink);
        orders.sort(LATEST_COMPLETION_FIRST);
        List<Item> mostRecentItems = orders.subList(0, Math.min(nbItems, orders.size()));
        long totalDuration = 0;
        for (Item item : mostRecentItems) {
            totalDuration += Instant.parse(item.completed()).toEpochMilli()
                    - Instant.parse(item.submitted()).toEpochMilli();
        }
        double averageDuration = (double) totalDuration / mostRecentItems.size() / 1000;
        return new DrinkAverageTime(drink, averageDuration, eventId);
    }
}
