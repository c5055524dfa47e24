package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The sample index in DynamoDB ({@link IndexItem}): a write is one {@code PutItem} of the order's place on the
 * condition that no unexpired entry of the same or a higher version is there, returning the entry it replaced; a
 * read is a consistent, descending {@code Query} of the key's rank index (tombstones are not in it), a page at a
 * time, leaving out entries past their expiry (time to live deletes them within days, not at once). Its cost follows
 * what the window holds, never the key's history (ADR 0012).
 */
public final class DynamoDbSampleIndex implements SampleIndex {
    private final DynamoDbClient client;
    private final WaitTimesTable table;
    private final String prefix;
    private final Clock clock;

    /**
     * @param client the client (not closed by this store)
     * @param table  the table
     * @param prefix the extension's key prefix (its name)
     * @param clock  the clock that decides which entries have expired
     */
    public DynamoDbSampleIndex(DynamoDbClient client, WaitTimesTable table, String prefix, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.prefix = WaitTimesTable.requirePrefix(prefix);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IndexWrite write(IndexEntry entry) {
        // An expired entry never blocks a write: reads skip it already, and its record may be gone (time to live
        // deletes items one at a time), so that the order's reports arriving again start over from version 1.
        long now = clock.instant().getEpochSecond();
        try {
            Map<String, AttributeValue> old = client.putItem(r -> r.tableName(table.name())
                    .item(IndexItem.encode(WaitTimesTable.indexPartition(prefix, entry.key()), entry))
                    .conditionExpression("attribute_not_exists(#ver) OR #ver < :ver OR #exp < :now")
                    .expressionAttributeNames(Map.of("#ver", IndexItem.VERSION, "#exp", WaitTimesTable.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":ver", AttributeValue.fromN(Long.toString(entry.version())),
                            ":now", AttributeValue.fromN(Long.toString(now))))
                    .returnValues(ReturnValue.ALL_OLD)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).attributes();
            boolean readable = IndexItem.holdsSample(old)
                    && Attributes.decimal(old.get(WaitTimesTable.EXPIRES_AT)).longValueExact() >= now;
            return IndexWrite.replacing(readable ? Optional.of(IndexItem.sample(old)) : Optional.empty());
        } catch (ConditionalCheckFailedException newerOrSame) {
            return IndexWrite.REFUSED; // an entry computed from the same or a later record holds the place: it wins
        }
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        return new Pages(WaitTimesTable.indexPartition(prefix, key), Math.max(1, pageSize));
    }

    /** The key's samples, fetched a page at a time as the caller reads on. */
    private final class Pages implements Iterator<Sample> {
        private final String partition;
        private final int pageSize;
        private final String now = Long.toString(clock.instant().getEpochSecond());
        private final Deque<Sample> buffered = new ArrayDeque<>();
        private Map<String, AttributeValue> next;
        private boolean last;

        Pages(String partition, int pageSize) {
            this.partition = partition;
            this.pageSize = pageSize;
        }

        @Override
        public boolean hasNext() {
            while (buffered.isEmpty() && !last) {
                fetch();
            }
            return !buffered.isEmpty();
        }

        @Override
        public Sample next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffered.poll();
        }

        private void fetch() {
            QueryResponse page = client.query(r -> r.tableName(table.name())
                    .indexName(WaitTimesTable.RANK_INDEX)
                    .keyConditionExpression("#pk = :pk")
                    .filterExpression("#exp >= :now")
                    .expressionAttributeNames(Map.of("#pk", WaitTimesTable.PARTITION_KEY,
                            "#exp", WaitTimesTable.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                            ":now", AttributeValue.fromN(now)))
                    .scanIndexForward(false)
                    .consistentRead(true)
                    .limit(pageSize)
                    .exclusiveStartKey(next)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            page.items().forEach(item -> buffered.add(IndexItem.sample(item)));
            next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            last = next == null;
        }
    }
}
