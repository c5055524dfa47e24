package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DynaliteExtension.class)
class WaitTimesTableTest {
    @Test
    void createsAnOnDemandTableKeyedByPkOnlyOnceAndWaitsUntilItIsActive(DynaliteServer dynalite) {
        try (DynamoDbClient client = LocalDynamo.client(dynalite)) {
            WaitTimesTable table = new WaitTimesTable("created-" + ProcessHandle.current().pid());
            assertThat(table.exists(client)).isFalse();

            table.createIfMissing(client);
            table.createIfMissing(client);

            TableDescription description = client.describeTable(r -> r.tableName(table.name())).table();
            assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(description.keySchema()).singleElement().satisfies(k -> {
                assertThat(k.attributeName()).isEqualTo("pk");
                assertThat(k.keyType()).isEqualTo(KeyType.HASH);
            });
            assertThat(description.attributeDefinitions()).singleElement()
                    .satisfies(a -> assertThat(a.attributeType()).isEqualTo(ScalarAttributeType.S));
            assertThat(description.globalSecondaryIndexes()).isEmpty();
        }
    }

    @Test
    void keysNameTheKindTheTenantAndTheOrderOrDrink() {
        assertThat(WaitTimesTable.orderKey(new TenantId("NYC"), new OrderId("o-1"))).isEqualTo("ORDER#NYC#o-1");
        assertThat(WaitTimesTable.windowKey(new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"))))
                .isEqualTo("WINDOW#NYC#Caffe Latte");
    }

    @Test
    void noTwoOrdersOrWindowsShareAKeyWhateverTheirIdsHold() {
        // '#' cannot appear in a tenant, so the tenant ends at the second '#'
        assertThatThrownBy(() -> new TenantId("NYC#o")).hasMessageContaining("tenant");
        List<String> tenants = List.of("NYC", "NYC.b", "a", "a-b");
        List<String> ids = List.of("o", "#o", "o#", "b#o", "a#b#o", "\"o\"", "'o'", "é😀", "ORDER#NYC#o", "WINDOW#a#o");
        Set<String> keys = new HashSet<>();
        int made = 0;
        for (String tenant : tenants) {
            for (String id : ids) {
                keys.add(WaitTimesTable.orderKey(new TenantId(tenant), new OrderId(id)));
                keys.add(WaitTimesTable.windowKey(new WindowKey(new TenantId(tenant), new Drink(id))));
                made += 2;
            }
        }
        assertThat(keys).hasSize(made);
    }

    @Test
    void rejectsNamesDynamoDbWouldReject() {
        assertThatThrownBy(() -> new WaitTimesTable("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitTimesTable("wait times")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WaitTimesTable("wait-times_1.prod").name()).isEqualTo("wait-times_1.prod");
    }
}
