package example;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example's configuration on DynamoDB (dynalite, from this project's own node_modules): the same updates. */
class ThroughputOnDynamoDbTest {
    @Test
    void dynamoDbGivesTheUpdatesThatMemoryGives() {
        try (DynaliteServer dynalite = DynaliteServer.start();
             DynamoDbClient client = DynamoDbClients.create(DynamoDbConfig.local("extensions", dynalite.endpoint()))) {
            WaitTimesTable table = new WaitTimesTable("extensions");
            table.createIfMissing(client);
            Clock clock = Clock.systemUTC();
            Engine<Integer> onDynamoDb = new Engine<>(Throughput.CONFIGURATION,
                    new DynamoDbOrderRecords(client, table, "throughput"),
                    new DynamoDbSampleIndex(client, table, "throughput", clock), clock);
            Engine<Integer> inMemory = InMemoryEngine.create(Throughput.CONFIGURATION, clock).engine();

            List<Update<Integer>> expected = completeAt(inMemory, 0, 10, 30, 30);
            List<Update<Integer>> actual = completeAt(onDynamoDb, 0, 10, 30, 30);

            assertEquals(List.of(1, 2, 1, 1), actual.stream().map(Update::after).toList());
            assertEquals(expected, actual);
        }
    }

    @Test
    void withoutDynaliteInstalledTheErrorNamesTheNpmInstallCommand(@TempDir Path emptyNodeModules) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DynaliteServer.start(emptyNodeModules));

        assertTrue(e.getMessage().contains("run `npm install --save-dev dynalite@4.0.0` in your project's directory"),
                e.getMessage());
    }

    /** Completes an NYC order at each of the minutes after noon (a minute twice: a redelivery); returns the updates. */
    private static List<Update<Integer>> completeAt(Engine<Integer> engine, int... minutes) {
        Instant noon = Instant.parse("2026-11-27T12:00:00Z");
        List<Update<Integer>> updates = new ArrayList<>();
        for (int m : minutes) {
            updates.addAll(engine.record(new OrderCompleted(new TenantId("NYC"), new OrderId("order-" + m),
                    new Occurrence(noon.plus(Duration.ofMinutes(m)), "bus-event-" + m))).updates());
        }
        return updates;
    }
}
