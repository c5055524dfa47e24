package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.core.port.out.WindowChange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * Windows in DynamoDB, one item per (tenant, drink) ({@link WindowItem}), updated with optimistic concurrency:
 * a consistent {@code GetItem}, the change applied in memory, and — only if the window changed — a
 * {@code PutItem} conditioned on the version read ({@code attribute_not_exists(pk)} for a new window) that
 * writes version + 1. When another writer won, the update re-reads and retries, at most
 * {@link OptimisticRetry#maxAttempts()} times with jittered exponential backoff, then throws
 * {@link WindowContentionException}.
 */
public final class DynamoDbWaitTimeWindows implements WaitTimeWindows {
    private final DynamoDbClient client;
    private final WaitTimesTable table;
    private final OptimisticRetry retry;
    private final LongAdder optimisticRetries = new LongAdder();

    /**
     * With {@link OptimisticRetry#DEFAULT}.
     *
     * @param client the client (not closed by this store)
     * @param table  the table holding the windows
     */
    public DynamoDbWaitTimeWindows(DynamoDbClient client, WaitTimesTable table) {
        this(client, table, OptimisticRetry.DEFAULT);
    }

    /**
     * @param client the client (not closed by this store)
     * @param table  the table holding the windows
     * @param retry  how to retry after losing a race
     */
    public DynamoDbWaitTimeWindows(DynamoDbClient client, WaitTimesTable table, OptimisticRetry retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public WindowChange update(WindowKey key, UnaryOperator<Window> change) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(change, "change");
        for (int attempt = 1; ; attempt++) {
            WindowItem.Stored stored = read(key);
            Window after = Objects.requireNonNull(change.apply(stored.window()), "the change returned no window");
            if (after.equals(stored.window())) {
                return new WindowChange(stored.window(), stored.window()); // nothing to write
            }
            try {
                put(key, after, stored.version());
                return new WindowChange(stored.window(), after);
            } catch (ConditionalCheckFailedException lostRace) {
                if (attempt >= retry.maxAttempts()) {
                    throw new WindowContentionException(key, attempt, lostRace);
                }
                optimisticRetries.increment();
                pause(retry.pauseBefore(attempt));
            }
        }
    }

    @Override
    public Window current(WindowKey key) {
        return read(Objects.requireNonNull(key, "key")).window();
    }

    /** @return how many times an update lost a race and retried, since this store was made */
    public long optimisticRetries() {
        return optimisticRetries.sum();
    }

    private WindowItem.Stored read(WindowKey key) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table.name())
                .key(WaitTimesTable.key(WaitTimesTable.windowKey(key)))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).item();
        return WindowItem.decode(item);
    }

    private void put(WindowKey key, Window window, long readVersion) {
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table.name())
                .item(WindowItem.encode(key, window, readVersion + 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (readVersion == 0) {
            put.conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", WaitTimesTable.PARTITION_KEY));
        } else {
            put.conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", WindowItem.VERSION))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(readVersion))));
        }
        client.putItem(put.build());
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a window update", e);
        }
    }
}
