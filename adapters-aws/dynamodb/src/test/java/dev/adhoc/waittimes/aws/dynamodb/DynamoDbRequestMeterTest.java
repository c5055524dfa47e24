package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DynaliteExtension.class)
class DynamoDbRequestMeterTest {
    private static final AttributeValue SORT_KEY = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0}));

    @Test
    void countsRequestsByOperationAndSumsTheCapacityTheyReport(DynaliteServer dynalite) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            WaitTimesTable table = LocalDynamo.newTable(client);
            meter.reset();

            put(client, table, "a", 100);
            put(client, table, "b", 1500); // 2 write units: over 1 KB
            client.getItem(r -> r.tableName(table.name()).key(key("b")).consistentRead(true)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            client.getItem(r -> r.tableName(table.name()).key(key("b"))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)); // eventually consistent: half a unit
            DynamoDbRequestMeter.Snapshot snapshot = meter.snapshot();

            assertThat(snapshot.requests()).isEqualTo(Map.of("PutItem", 2L, "GetItem", 2L));
            assertThat(snapshot.totalRequests()).isEqualTo(4);
            assertThat(snapshot.capacityUnits("PutItem")).isEqualTo(3.0);
            assertThat(snapshot.capacityUnits("GetItem")).isEqualTo(1.5);
            assertThat(snapshot.totalCapacityUnits()).isEqualTo(4.5);
        }
    }

    @Test
    void countsRefusedRequestsAndBatchCapacityAndResets(DynaliteServer dynalite) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            WaitTimesTable table = LocalDynamo.newTable(client);
            List<WriteRequest> writes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(key("k" + i)).build()).build());
            }
            DynamoDbRequestMeter.Snapshot before = meter.snapshot();

            client.batchWriteItem(r -> r.requestItems(Map.of(table.name(), writes))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            assertThatThrownBy(() -> client.putItem(r -> r.tableName(table.name())
                    .item(key("k1"))
                    .conditionExpression("attribute_not_exists(pk)")))
                    .isInstanceOf(ConditionalCheckFailedException.class);
            DynamoDbRequestMeter.Snapshot delta = meter.snapshot().minus(before);

            assertThat(delta.requests()).isEqualTo(Map.of("BatchWriteItem", 1L, "PutItem", 1L));
            assertThat(delta.refused()).isEqualTo(Map.of("PutItem", 1L));
            assertThat(delta.capacityUnits()).isEqualTo(Map.of("BatchWriteItem", 5.0));

            meter.reset();
            assertThat(meter.snapshot().totalRequests()).isZero();
            assertThat(meter.snapshot().totalCapacityUnits()).isZero();
        }
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of(WaitTimesTable.PARTITION_KEY, AttributeValue.fromS(pk), WaitTimesTable.SORT_KEY, SORT_KEY);
    }

    private static void put(DynamoDbClient client, WaitTimesTable table, String key, int bytes) {
        client.putItem(r -> r.tableName(table.name())
                .item(Map.of(WaitTimesTable.PARTITION_KEY, AttributeValue.fromS(key), WaitTimesTable.SORT_KEY, SORT_KEY,
                        "x", AttributeValue.fromS("x".repeat(bytes))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    }
}
