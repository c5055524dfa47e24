package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbRequestMeter;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/** The DynamoDB stores over the shared local dynalite, on a fresh table for each extension started. */
public final class DynamoDbStores implements LambdaHandlerDriver.Stores {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final DynamoDbClient client;
    private final DynamoDbOrderRecords orders;
    private final DynamoDbSampleIndex samples;
    private final DynamoDbRequestMeter meter = new DynamoDbRequestMeter();

    private final String tableName;

    /** Creates a fresh table on the JVM's shared dynalite. */
    public DynamoDbStores(ExecutionInterceptor... more) {
        this("wait-times-" + TABLES.incrementAndGet(), more);
    }

    private DynamoDbStores(String tableName, ExecutionInterceptor... more) {
        this.tableName = tableName;
        DynaliteServer server = DynaliteServer.shared();
        DynamoDbConfig config = DynamoDbConfig.local(tableName, server.endpoint());
        ExecutionInterceptor[] interceptors = new ExecutionInterceptor[more.length + 1];
        interceptors[0] = meter;
        System.arraycopy(more, 0, interceptors, 1, more.length);
        client = DynamoDbClients.create(config, interceptors);
        WaitTimesTable table = config.table();
        table.createIfMissing(client);
        orders = new DynamoDbOrderRecords(client, table, WaitTimesService.NAME);
        samples = new DynamoDbSampleIndex(client, table, WaitTimesService.NAME, InMemoryDriver.CLOCK);
    }

    /**
     * Another Lambda container on the same table: its own client, adapters and request meter, as a second
     * container of the same function would have.
     *
     * @param other stores whose table to share
     * @param more  interceptors of the new client (after its meter)
     * @return stores on {@code other}'s table
     */
    public static DynamoDbStores sharing(DynamoDbStores other, ExecutionInterceptor... more) {
        return new DynamoDbStores(other.tableName, more);
    }

    /** @return the table's name */
    public String tableName() {
        return tableName;
    }

    /** @return the client, for tests that look at the table itself (it is closed with the stores) */
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public OrderRecords orderRecords() {
        return orders;
    }

    @Override
    public SampleIndex samples() {
        return samples;
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
