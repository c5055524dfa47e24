package dev.adhoc.waittimes.benchmarks.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference extension's DynamoDB table, in memory: items keyed by {@code orderId}, and the global secondary
 * index {@code drinkIndex} (partition key {@code drink}, projection ALL). Each call is one DynamoDB request.
 * Safe for concurrent use; like a real GSI, the index may lag its table for an instant.
 */
public final class OrderDurationTable {
    /**
     * One item. Times are the bus's ISO-8601 {@code time} strings, as the state machine stores them.
     *
     * @param orderId   partition key
     * @param drink     the GSI's partition key (null until the submission is stored)
     * @param submitted {@code drink_order_submitted}
     * @param completed {@code drink_order_completed} (null until the completion is stored)
     */
    public record Item(String orderId, String drink, String submitted, String completed) {
    }

    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Item>> drinkIndex = new ConcurrentHashMap<>();

    /** PutItem: stores the item, replacing any item of the same order. */
    public void putItem(Item item) {
        index(items.put(item.orderId(), item), item);
    }

    /** UpdateItem {@code SET drink_order_completed = :t}: creates the item if there is none, as DynamoDB does. */
    public void setCompleted(String orderId, String completed) {
        Item[] old = new Item[1];
        Item updated = items.compute(orderId, (k, item) -> {
            old[0] = item;
            return item == null ? new Item(orderId, null, null, completed)
                    : new Item(orderId, item.drink(), item.submitted(), completed);
        });
        index(old[0], updated);
    }

    /** GetItem. */
    public Optional<Item> getItem(String orderId) {
        return Optional.ofNullable(items.get(orderId));
    }

    /**
     * Query on {@code drinkIndex} with {@code KeyConditionExpression drink = :drink} and {@code FilterExpression
     * attribute_exists(drink_order_completed)}, no {@code Limit}: reads every item of the drink (a filter does not
     * reduce what a query reads) and returns the completed ones, projected.
     */
    public List<Item> queryCompletedByDrink(String drink) {
        Map<String, Item> partition = drinkIndex.get(drink);
        List<Item> result = new ArrayList<>();
        if (partition == null) {
            return result;
        }
        for (Item item : partition.values()) {
            if (item.completed() != null) {
                // the projection: orderId, drink, drink_order_submitted, drink_order_completed
                result.add(new Item(item.orderId(), item.drink(), item.submitted(), item.completed()));
            }
        }
        return result;
    }

    /** DeleteItem (the reference never deletes; the benchmark does, to return to a given history). */
    public void deleteItem(String orderId) {
        index(items.remove(orderId), null);
    }

    /** @return how many items the table holds */
    public int size() {
        return items.size();
    }

    private void index(Item before, Item after) {
        if (before != null && before.drink() != null
                && (after == null || !before.drink().equals(after.drink()))) {
            drinkIndex.get(before.drink()).remove(before.orderId());
        }
        if (after != null && after.drink() != null) {
            drinkIndex.computeIfAbsent(after.drink(), d -> new ConcurrentHashMap<>()).put(after.orderId(), after);
        }
    }
}
