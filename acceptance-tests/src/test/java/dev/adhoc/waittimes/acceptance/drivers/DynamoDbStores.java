package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbRequestMeter;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.extensiontesting.FreshTable;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/** The DynamoDB stores over the shared local dynalite, on a fresh table for each extension started. */
public final class DynamoDbStores implements LambdaHandlerDriver.Stores {
    private final FreshTable table;
    private final DynamoDbOrderRecords orders;
    private final DynamoDbSampleIndex samples;
    private final DynamoDbRequestMeter meter = new DynamoDbRequestMeter();

    /** Creates a fresh table on the JVM's shared dynalite. */
    public DynamoDbStores(ExecutionInterceptor... more) {
        this(null, more);
    }

    private DynamoDbStores(FreshTable sharing, ExecutionInterceptor... more) {
        ExecutionInterceptor[] interceptors = new ExecutionInterceptor[more.length + 1];
        interceptors[0] = meter;
        System.arraycopy(more, 0, interceptors, 1, more.length);
        table = sharing == null ? FreshTable.create(WaitTimesService.NAME, interceptors)
                : FreshTable.sharing(sharing, interceptors);
        orders = new DynamoDbOrderRecords(table.client(), table.table(), WaitTimesService.NAME);
        samples = new DynamoDbSampleIndex(table.client(), table.table(), WaitTimesService.NAME, InMemoryDriver.CLOCK);
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
        return new DynamoDbStores(other.table, more);
    }

    /** @return every item of the table, read consistently, for tests that look at the table itself */
    public Iterable<Map<String, AttributeValue>> items() {
        return table.client().scanPaginator(r -> r.tableName(table.table().name()).consistentRead(true)).items();
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
        table.close();
    }
}
