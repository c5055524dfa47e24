package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DynaliteExtension.class)
class WaitTimesTableTest {
    @Test
    void createsAnOnDemandTableKeyedByAStringPkAndABinarySkWithItsRankIndexOnlyOnceAndWaitsUntilItIsActive(DynaliteServer dynalite) {
        try (DynamoDbClient client = LocalDynamo.client(dynalite)) {
            WaitTimesTable table = new WaitTimesTable("created-" + ProcessHandle.current().pid());
            assertThat(table.exists(client)).isFalse();

            table.createIfMissing(client);
            table.createIfMissing(client);

            TableDescription description = client.describeTable(r -> r.tableName(table.name())).table();
            assertThat(table.exists(client)).isTrue();
            assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(description.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                    .containsExactly("pk " + KeyType.HASH, "sk " + KeyType.RANGE);
            assertThat(description.attributeDefinitions().stream()
                    .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeType)))
                    .isEqualTo(Map.of("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.B,
                            "rank", ScalarAttributeType.B));
            assertThat(description.globalSecondaryIndexes()).isEmpty();
            assertThat(description.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
                assertThat(lsi.indexName()).isEqualTo(WaitTimesTable.RANK_INDEX);
                assertThat(lsi.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                        .containsExactly("pk " + KeyType.HASH, "rank " + KeyType.RANGE);
                assertThat(lsi.projection().projectionTypeAsString()).isEqualTo("ALL");
            });
        }
    }

    @Test
    void keysNameThePrefixTheKindTheTenantAndTheOrderOrScope() {
        WaitTimesTable table = new WaitTimesTable("wait-times");
        Map<String, AttributeValue> record = table.recordKey("wait-times", new TenantId("NYC"), new OrderId("o-1"));

        assertThat(record.get(WaitTimesTable.PARTITION_KEY).s()).isEqualTo("wait-times#ORDER#NYC#o-1");
        assertThat(record.get(WaitTimesTable.SORT_KEY).b().asByteArray()).containsExactly(0);
        assertThat(WaitTimesTable.indexPartition("wait-times", new WindowKey(new TenantId("NYC"), "Caffe Latte")))
                .isEqualTo("wait-times#INDEX#NYC#Caffe Latte");
        assertThat(WaitTimesTable.indexPartition("queue", WindowKey.tenantWide(new TenantId("NYC"))))
                .isEqualTo("queue#INDEX#NYC#");
    }

    @Test
    void noTwoOrdersOrIndexesShareAKeyWhateverTheirIdsHold() {
        // '#' can appear neither in a prefix nor in a tenant, so both end at their '#'
        assertThatThrownBy(() -> new TenantId("NYC#o")).hasMessageContaining("tenant");
        WaitTimesTable table = new WaitTimesTable("wait-times");
        List<String> prefixes = List.of("wait-times", "wait", "queue-1");
        List<String> tenants = List.of("NYC", "NYC.b", "a", "a-b", "ORDER", "INDEX");
        List<String> ids = List.of("o", "#o", "o#", "b#o", "a#b#o", "\"o\"", "'o'", "é😀", "ORDER#NYC#o", "INDEX#a#o",
                "times#ORDER#a");
        Set<String> keys = new HashSet<>();
        int made = 0;
        for (String prefix : prefixes) {
            for (String tenant : tenants) {
                for (String id : ids) {
                    keys.add(table.recordKey(prefix, new TenantId(tenant), new OrderId(id)).get("pk").s());
                    keys.add(WaitTimesTable.indexPartition(prefix, new WindowKey(new TenantId(tenant), id)));
                    made += 2;
                }
                keys.add(WaitTimesTable.indexPartition(prefix, WindowKey.tenantWide(new TenantId(tenant))));
                made++;
            }
        }
        assertThat(keys).hasSize(made);
    }

    @Test
    void aKeyPrefixIsAnExtensionName() {
        for (String prefix : List.of("wait-times", "a", "queue-2", "a".repeat(32))) {
            assertThat(WaitTimesTable.requirePrefix(prefix)).isEqualTo(prefix);
        }
        for (String prefix : List.of("", "Wait", "1st", "-a", "wait#times", "wait times", "wait_times", "é",
                "a".repeat(33))) {
            assertThatThrownBy(() -> WaitTimesTable.requirePrefix(prefix)).as(prefix)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an extension's name is 1-32");
        }
        assertThatThrownBy(() -> WaitTimesTable.requirePrefix(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theStoresRefuseABadPrefix(DynaliteServer dynalite) {
        try (DynamoDbClient client = LocalDynamo.client(dynalite)) {
            WaitTimesTable table = new WaitTimesTable("unused");
            assertThatThrownBy(() -> new DynamoDbOrderRecords(client, table, "Wait#Times"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DynamoDbSampleIndex(client, table, "", java.time.Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsNamesDynamoDbWouldReject() {
        assertThatThrownBy(() -> new WaitTimesTable("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitTimesTable("wait times")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitTimesTable("a".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WaitTimesTable("wait-times_1.prod").name()).isEqualTo("wait-times_1.prod");
    }
}
