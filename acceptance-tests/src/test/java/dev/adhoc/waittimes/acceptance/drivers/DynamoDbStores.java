package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbRequestMeter;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbWaitTimeWindows;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/** The DynamoDB stores over the shared local dynalite, on a fresh table for each extension started. */
public final class DynamoDbStores implements LambdaHandlerDriver.Stores {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final DynamoDbClient client;
    private final DynamoDbOrderRecords orders;
    private final DynamoDbWaitTimeWindows windows;
    private final DynamoDbRequestMeter meter = new DynamoDbRequestMeter();

    /** Creates a fresh table on the JVM's shared dynalite. */
    public DynamoDbStores(ExecutionInterceptor... more) {
        DynaliteServer server = DynaliteServer.shared();
        DynamoDbConfig config = DynamoDbConfig.local("wait-times-" + TABLES.incrementAndGet(), server.endpoint());
        ExecutionInterceptor[] interceptors = new ExecutionInterceptor[more.length + 1];
        interceptors[0] = meter;
        System.arraycopy(more, 0, interceptors, 1, more.length);
        client = DynamoDbClients.create(config, interceptors);
        WaitTimesTable table = config.table();
        table.createIfMissing(client);
        orders = new DynamoDbOrderRecords(client, table);
        windows = new DynamoDbWaitTimeWindows(client, table);
    }

    @Override
    public OrderRecords orderRecords() {
        return orders;
    }

    @Override
    public WaitTimeWindows windows() {
        return windows;
    }

    /** @return the window store, for its optimistic-retry count */
    public DynamoDbWaitTimeWindows dynamoDbWindows() {
        return windows;
    }

    /** @return the requests made so far */
    public DynamoDbRequestMeter meter() {
        return meter;
    }

    @Override
    public void close() {
        client.close();
    }
}
