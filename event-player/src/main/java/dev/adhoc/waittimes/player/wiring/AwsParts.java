package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbRequestMeter;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeWaitTimePublisher;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The AWS adapters a run may use: the DynamoDB store (as the Lambda uses it) and the EventBridge publisher. */
final class AwsParts {
    private AwsParts() {
    }

    /**
     * The DynamoDB adapter on one client, with a request meter. Creates the table if asked, else checks that it
     * exists, so that a wrong endpoint or table fails at the start, not at the first event.
     */
    static StateStore dynamoDbStore(ExtensionConfig config, List<AutoCloseable> resources) {
        String region = AwsClients.region(config, config.dynamoDbEndpoint()).orElseGet(AwsClients::defaultRegion);
        DynamoDbConfig dynamoDb = new DynamoDbConfig(config.table(), region, config.dynamoDbEndpoint());
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        DynamoDbClient client = DynamoDbClients.create(dynamoDb, meter);
        resources.add(client);
        WaitTimesTable table = dynamoDb.table();
        if (config.createTable()) {
            table.createIfMissing(client);
        } else if (!table.exists(client)) {
            throw new IllegalStateException("table " + table.name() + " does not exist (add --create-table to create it)");
        }
        // Records expire a day after the run's wall-clock time: a replayed archive's old event times must not
        // make them expire at once in a real table with time to live.
        String prefix = config.extension().storePrefix(); // extensions share a table, each under its own prefix
        return new StateStore(new DynamoDbOrderRecords(client, table, prefix),
                new DynamoDbSampleIndex(client, table, prefix, Clock.systemUTC()),
                Clock.systemUTC(), () -> Optional.of(costLine(meter.snapshot())));
    }

    static WaitTimePublisher eventBridgePublisher(ExtensionConfig config, WaitTimeEntries entries,
                                                  List<AutoCloseable> resources) {
        EventBridgeClient client = AwsClients.eventBridge(config);
        resources.add(client);
        return new EventBridgeWaitTimePublisher(client, entries);
    }

    private static String costLine(DynamoDbRequestMeter.Snapshot meter) {
        Map<String, Long> byOperation = new TreeMap<>(meter.requests());
        String operations = byOperation.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "dynamodb: %d requests (%s), %d refused by a condition, %.1f capacity units",
                meter.totalRequests(), operations.isEmpty() ? "none" : operations,
                meter.refused().values().stream().mapToLong(Long::longValue).sum(), meter.totalCapacityUnits());
    }
}
