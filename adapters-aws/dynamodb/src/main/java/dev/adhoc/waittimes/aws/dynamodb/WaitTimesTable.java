package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.WindowKey;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The single table that holds every extension's order records and sample indexes: partition key
 * {@value #PARTITION_KEY} (string), sort key {@value #SORT_KEY} (binary), a local secondary index
 * {@value #RANK_INDEX} (sort key {@code rank}, binary, all attributes), on-demand capacity, and time to live
 * on {@value #EXPIRES_AT} (epoch seconds; set by the deployment stack, not here).
 *
 * <p>Keys, each behind the extension's prefix (its name: lower-case letters, digits, {@code '-'}):
 * <ul>
 *   <li>an order's record: {@code <prefix>#ORDER#<tenant>#<orderId>}, sort key {@code 0x00};</li>
 *   <li>a key's sample index: {@code <prefix>#INDEX#<tenant>#<scope>}, one item per order, sorted in the local
 *       secondary index {@value #RANK_INDEX} by {@link IndexItem#rank rank} (completion time, then order id), so the
 *       latest come first in a descending query.</li>
 * </ul>
 * A tenant never contains {@code '#'} ({@link TenantId}'s format), so no two orders or keys share a partition key,
 * whatever the order id or scope holds.
 *
 * @param name the table's name (3 to 255 letters, digits, {@code '_'}, {@code '-'} or {@code '.'})
 */
public record WaitTimesTable(String name) {
    /** The partition key attribute (string). */
    public static final String PARTITION_KEY = "pk";
    /** The sort key attribute (binary). */
    public static final String SORT_KEY = "sk";
    /** The local secondary index that sorts a key's samples by rank (binary), projecting every attribute. */
    public static final String RANK_INDEX = "rank";
    /** The time-to-live attribute (number, epoch seconds). */
    public static final String EXPIRES_AT = "expiresAt";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final AttributeValue RECORD_SORT_KEY = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0}));
    // The SDK waiter's default polls every 20 s; a new on-demand table is usually ACTIVE within seconds.
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int MAX_POLLS = 600;

    /** @throws IllegalArgumentException if the name is not a valid table name; its message says the rule */
    public WaitTimesTable {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a DynamoDB table name (3-255 letters, digits, "
                    + "'_', '-' or '.')");
        }
    }

    /**
     * Creates the table if it does not exist and waits until it is ACTIVE (polling every 200 ms). For tests and
     * the event player; deployments create it with the stack, which also turns on time to live.
     *
     * @param client the client
     */
    public void createIfMissing(DynamoDbClient client) {
        if (!exists(client)) {
            try {
                client.createTable(r -> r.tableName(name)
                        .keySchema(KeySchemaElement.builder().attributeName(PARTITION_KEY).keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName(SORT_KEY).keyType(KeyType.RANGE).build())
                        .attributeDefinitions(AttributeDefinition.builder().attributeName(PARTITION_KEY)
                                        .attributeType(ScalarAttributeType.S).build(),
                                AttributeDefinition.builder().attributeName(SORT_KEY)
                                        .attributeType(ScalarAttributeType.B).build(),
                                AttributeDefinition.builder().attributeName(IndexItem.RANK)
                                        .attributeType(ScalarAttributeType.B).build())
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName(RANK_INDEX)
                                .keySchema(KeySchemaElement.builder().attributeName(PARTITION_KEY).keyType(KeyType.HASH).build(),
                                        KeySchemaElement.builder().attributeName(IndexItem.RANK).keyType(KeyType.RANGE).build())
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                        .billingMode(BillingMode.PAY_PER_REQUEST));
            } catch (ResourceInUseException createdMeanwhile) {
                // someone else created it: wait for it below like for ours
            }
        }
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client)
                .overrideConfiguration(o -> o.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(POLL))
                        .maxAttempts(MAX_POLLS))
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(name));
        }
    }

    /** @return whether the table exists (in any status) */
    public boolean exists(DynamoDbClient client) {
        try {
            client.describeTable(r -> r.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /** @return the prefix, if it is a valid extension name */
    static String requirePrefix(String prefix) {
        return Configuration.requireName(prefix);
    }

    /** @return the item key of an order's record */
    Map<String, AttributeValue> recordKey(String prefix, TenantId tenant, OrderId orderId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(prefix + "#ORDER#" + tenant.value() + "#" + orderId.value()),
                SORT_KEY, RECORD_SORT_KEY);
    }

    /** @return the partition key of a key's sample index */
    static String indexPartition(String prefix, WindowKey key) {
        return prefix + "#INDEX#" + key.tenant().value() + "#" + key.scope();
    }
}
