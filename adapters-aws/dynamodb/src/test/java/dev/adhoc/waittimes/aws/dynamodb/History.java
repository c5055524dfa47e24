package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Loads a history of past orders in bulk (BatchWriteItem, 25 items a request), for request counts and cost. */
final class History {
    private static final int BATCH = 25;

    private History() {
    }

    /**
     * @return the record of the {@code i}-th past order of a drink: submitted at {@code start + i} minutes,
     *         completed 30 to 300 seconds later, expiring a day after
     */
    static OrderRecord completedOrder(TenantId tenant, Drink drink, Instant start, int i) {
        OrderId order = new OrderId(String.format("%08d-0000-4000-8000-000000000000", i)); // UUID-sized, sortable
        Instant submitted = start.plusSeconds(60L * i);
        Instant completed = submitted.plusSeconds(30 + (i * 37L) % 270);
        return OrderRecord.empty(tenant, order)
                .merge(new OrderSubmitted(tenant, order, drink, new Occurrence(submitted, "s-" + i)), completed.plusSeconds(86_400))
                .merge(new OrderCompleted(tenant, order, new Occurrence(completed, "c-" + i)), completed.plusSeconds(86_400));
    }

    /** Writes {@code count} items, retrying unprocessed ones. */
    static void load(DynamoDbClient client, String table, int count, IntFunction<Map<String, AttributeValue>> item) {
        List<WriteRequest> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item.apply(i)).build()).build());
            if (batch.size() == BATCH || i == count - 1) {
                write(client, table, batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(request)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
