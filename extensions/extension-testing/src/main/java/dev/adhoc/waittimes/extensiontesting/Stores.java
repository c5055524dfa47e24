package dev.adhoc.waittimes.extensiontesting;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;

import java.time.Clock;

/**
 * An adapter set an extension runs on: its order records and samples, under the extension's own key prefix.
 *
 * @param orders  the order records
 * @param samples the samples
 * @param closing what to close when the scenario ends
 */
public record Stores(OrderRecords orders, SampleIndex samples, Runnable closing) implements AutoCloseable {
    /**
     * @param clock the clock that says which samples have expired
     * @return fresh, empty in-memory stores
     */
    public static Stores inMemory(Clock clock) {
        return new Stores(new InMemoryOrderRecords(clock), new InMemorySampleIndex(clock), () -> { });
    }

    /**
     * @param prefix the extension's key prefix (its name), which also starts the table's name
     * @param clock  the clock that says which samples have expired
     * @return the DynamoDB stores on a {@link FreshTable}
     */
    public static Stores dynamoDb(String prefix, Clock clock) {
        FreshTable fresh = FreshTable.create(prefix);
        return new Stores(new DynamoDbOrderRecords(fresh.client(), fresh.table(), prefix),
                new DynamoDbSampleIndex(fresh.client(), fresh.table(), prefix, clock), fresh::close);
    }

    @Override
    public void close() {
        closing.run();
    }
}
