package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/** Clients and fresh tables on the test JVM's shared dynalite server. */
final class LocalDynamo {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private LocalDynamo() {
    }

    /** @return a client of the shared dynalite server */
    static DynamoDbClient client(DynaliteServer server, ExecutionInterceptor... interceptors) {
        return DynamoDbClients.create(DynamoDbConfig.local("unused", server.endpoint()), interceptors);
    }

    /** @return a new, empty table: tests sharing the server stay apart */
    static WaitTimesTable newTable(DynamoDbClient client) {
        WaitTimesTable table = new WaitTimesTable("wait-times-" + ProcessHandle.current().pid() + "-"
                + TABLES.incrementAndGet());
        table.createIfMissing(client);
        return table;
    }
}
