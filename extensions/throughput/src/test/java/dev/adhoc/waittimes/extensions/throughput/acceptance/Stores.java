package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An adapter set the extension runs on: its order records and samples, under the extension's own key prefix.
 *
 * @param orders  the order records
 * @param samples the samples
 * @param closing what to close when the scenario ends
 */
record Stores(OrderRecords orders, SampleIndex samples, Runnable closing) implements AutoCloseable {
    private static final AtomicInteger TABLES = new AtomicInteger();

    static Stores inMemory(Clock clock) {
        return new Stores(new InMemoryOrderRecords(clock), new InMemorySampleIndex(clock), () -> { });
    }

    /** A fresh table on the test JVM's shared dynalite. */
    static Stores dynamoDb(String prefix, Clock clock) {
        DynamoDbConfig config = DynamoDbConfig.local("throughput-" + ProcessHandle.current().pid() + "-"
                + TABLES.incrementAndGet(), DynaliteServer.shared().endpoint());
        DynamoDbClient client = DynamoDbClients.create(config);
        WaitTimesTable table = config.table();
        table.createIfMissing(client);
        return new Stores(new DynamoDbOrderRecords(client, table, prefix),
                new DynamoDbSampleIndex(client, table, prefix, clock), client::close);
    }

    @Override
    public void close() {
        closing.run();
    }
}
