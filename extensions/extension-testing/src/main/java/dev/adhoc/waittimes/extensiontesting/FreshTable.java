package dev.adhoc.waittimes.extensiontesting;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new, empty wait-times table (the production schema, {@link WaitTimesTable#createIfMissing}) on the test JVM's
 * shared dynalite ({@link DynaliteServer#shared()}), and a client of it. Its name is unique in the JVM and among
 * JVMs ({@code <prefix>-<pid>-<n>}), so tests that share the server stay apart. Closing it closes the client; the
 * table stays until the server stops.
 *
 * @param client the client (closed with this)
 * @param table  the table
 */
public record FreshTable(DynamoDbClient client, WaitTimesTable table) implements AutoCloseable {
    private static final AtomicInteger TABLES = new AtomicInteger();

    /**
     * Creates a table.
     *
     * @param prefix       the start of its name (letters, digits, {@code '-'})
     * @param interceptors interceptors of the client, e.g. a request meter
     * @return the new table and a client of it
     */
    public static FreshTable create(String prefix, ExecutionInterceptor... interceptors) {
        FreshTable fresh = on(new WaitTimesTable(prefix + "-" + ProcessHandle.current().pid() + "-"
                + TABLES.incrementAndGet()), interceptors);
        fresh.table.createIfMissing(fresh.client);
        return fresh;
    }

    /**
     * Another client of an existing table, as a second process would have.
     *
     * @param other        the table to share
     * @param interceptors interceptors of the new client
     * @return the same table with a client of its own
     */
    public static FreshTable sharing(FreshTable other, ExecutionInterceptor... interceptors) {
        return on(other.table, interceptors);
    }

    private static FreshTable on(WaitTimesTable table, ExecutionInterceptor... interceptors) {
        return new FreshTable(DynamoDbClients.create(DynamoDbConfig.local(table.name(),
                DynaliteServer.shared().endpoint()), interceptors), table);
    }

    @Override
    public void close() {
        client.close();
    }
}
