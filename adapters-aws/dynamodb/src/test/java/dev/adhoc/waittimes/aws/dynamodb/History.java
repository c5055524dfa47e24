package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A history of past orders of one key, written straight into the table in the stores' layout with BatchWriteItem
 * (25 items a request): what recording them through the service leaves behind (a test checks it), in a fraction of
 * the requests. For request counts and cost at large histories.
 */
final class History {
    private static final int BATCH = 25;

    private History() {
    }

    /**
     * One past order: submitted at {@code start + i} minutes, completed 30 to 300 seconds later.
     *
     * @param submission its submission
     * @param completion its completion
     */
    record PastOrder(OrderSubmitted submission, OrderCompleted completion) {
        OrderId orderId() {
            return submission.orderId();
        }

        Instant completedAt() {
            return completion.occurrence().time();
        }

        long waitMillis() {
            return Duration.between(submission.occurrence().time(), completedAt()).toMillis();
        }

        List<OrderEvent> events() {
            return List.of(submission, completion);
        }
    }

    /** @return the {@code i}-th past order of a key */
    static PastOrder order(WindowKey key, Instant start, int i) {
        OrderId order = new OrderId(String.format("%08d-0000-4000-8000-000000000000", i)); // UUID-sized, sortable
        Instant submitted = start.plusSeconds(60L * i);
        Instant completed = submitted.plusSeconds(30 + (i * 37L) % 270);
        return new PastOrder(
                new OrderSubmitted(key.tenant(), order, new Drink(key.scope()), new Occurrence(submitted, "s-" + i)),
                new OrderCompleted(key.tenant(), order, new Occurrence(completed, "c-" + i)));
    }

    /**
     * @return the items the service leaves for a past order whose every report was recorded with this expiry: the
     *         order's record (version 2) and its sample in the key's index
     */
    static List<Map<String, AttributeValue>> items(WaitTimesTable table, String prefix, WindowKey key, PastOrder order,
                                                   Instant expiry) {
        Map<String, AttributeValue> record = new HashMap<>(table.recordKey(prefix, key.tenant(), order.orderId()));
        for (OrderEvent event : order.events()) {
            OrderItem.Report report = OrderItem.reportOf(event);
            record.put(report.attribute(), report.value());
            record.put(report.counter(), AttributeValue.fromN("1"));
        }
        record.put(OrderItem.VERSION, AttributeValue.fromN(Integer.toString(order.events().size())));
        record.put(WaitTimesTable.EXPIRES_AT, Attributes.epochSeconds(Attributes.wholeSecondUp(expiry)));
        Map<String, AttributeValue> sample = IndexItem.encode(WaitTimesTable.indexPartition(prefix, key),
                new IndexEntry(key, order.orderId(), Optional.of(new Sample(order.orderId(), order.completedAt(),
                        order.waitMillis())), order.events().size(), Attributes.wholeSecondUp(expiry)));
        return List.of(record, sample);
    }

    /** Writes the items of {@code count} past orders, retrying unprocessed ones. */
    static void load(DynamoDbClient client, String table, int count, IntFunction<List<Map<String, AttributeValue>>> items) {
        List<WriteRequest> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            for (Map<String, AttributeValue> item : items.apply(i)) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
                if (batch.size() == BATCH) {
                    write(client, table, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            write(client, table, batch);
        }
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
