package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WindowKey;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The single table that holds every order record and every window: partition key {@value #PARTITION_KEY}
 * (string) only, on-demand capacity, and time to live on {@value #EXPIRES_AT} (epoch seconds; set by the
 * deployment stack, not here).
 *
 * <p>Keys: an order's record is {@code ORDER#<tenant>#<orderId>}, a window {@code WINDOW#<tenant>#<drink>}.
 * A tenant never contains {@code '#'} ({@link TenantId}'s format), so the first two {@code '#'} delimit the
 * prefix and the tenant, and no two (tenant, order) or (tenant, drink) pairs share a key, whatever the order id
 * or drink holds.
 *
 * @param name the table's name (3 to 255 letters, digits, {@code '_'}, {@code '-'} or {@code '.'})
 */
public record WaitTimesTable(String name) {
    /** The partition key attribute (string). */
    public static final String PARTITION_KEY = "pk";
    /** The time-to-live attribute (number, epoch seconds). */
    public static final String EXPIRES_AT = "expiresAt";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    // The SDK waiter's default polls every 20 s; a new on-demand table is usually ACTIVE within seconds.
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int MAX_POLLS = 600;

    /** @throws IllegalArgumentException if the name is not a valid table name */
    public WaitTimesTable {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a DynamoDB table name: " + name);
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
                        .keySchema(KeySchemaElement.builder().attributeName(PARTITION_KEY).keyType(KeyType.HASH).build())
                        .attributeDefinitions(AttributeDefinition.builder().attributeName(PARTITION_KEY)
                                .attributeType(ScalarAttributeType.S).build())
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

    /** @return the partition key of an order's record */
    public static String orderKey(TenantId tenant, OrderId orderId) {
        return "ORDER#" + tenant.value() + "#" + orderId.value();
    }

    /** @return the partition key of a window */
    public static String windowKey(WindowKey key) {
        return "WINDOW#" + key.tenant().value() + "#" + key.drink().name();
    }

    /** @return the item key for a partition key value */
    static Map<String, AttributeValue> key(String partitionKey) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(partitionKey));
    }
}
