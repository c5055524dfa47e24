package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Order records in DynamoDB, one item per order ({@link OrderItem}): recording a report is one {@code UpdateItem}
 * that adds the report's attribute, bumps the version and the kind's counter, and sets the expiry, on the condition
 * that the report is not there yet, its kind is not full, and the stored expiry is not later; it returns the item
 * before ({@code ALL_OLD}), from which the record after follows exactly (ADR 0012).
 *
 * <ul>
 *   <li>success: the record before is the item returned; the record after is it merged with the report;</li>
 *   <li>failed condition: the stored item comes with the failure ({@code ReturnValuesOnConditionCheckFailure}) or,
 *       where the server does not return it, from one consistent {@code GetItem}; it holds the report (a duplicate:
 *       nothing changed), or its kind is full ({@code TOO_MANY_REPORTS}), or its expiry is later than this one
 *       (a report dated in the future came first): then the report is added alone, keeping the stored expiry, as
 *       {@link OrderRecord#merge} keeps the later one.</li>
 * </ul>
 *
 * Expiries are kept to the whole second, rounded up (time to live is in epoch seconds).
 */
public final class DynamoDbOrderRecords implements OrderRecords {
    /** Expiries only grow, so two attempts decide; more only if the item is deleted meanwhile (time to live). */
    private static final int MAX_ATTEMPTS = 4;
    private static final AttributeValue ONE = AttributeValue.fromN("1");
    private static final AttributeValue MAX = AttributeValue.fromN(Integer.toString(OrderRecord.MAX_REPORTS_PER_KIND));

    private final DynamoDbClient client;
    private final WaitTimesTable table;
    private final String prefix;

    /**
     * @param client the client (not closed by this store)
     * @param table  the table holding the records
     * @param prefix the extension's key prefix (its name), so that extensions can share a table
     */
    public DynamoDbOrderRecords(DynamoDbClient client, WaitTimesTable table, String prefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.prefix = WaitTimesTable.requirePrefix(prefix);
    }

    @Override
    public RecordChange merge(OrderEvent event, Instant expiresAt) {
        Objects.requireNonNull(event, "event");
        Instant expiry = Attributes.wholeSecondUp(Objects.requireNonNull(expiresAt, "expiresAt"));
        OrderRecord empty = OrderRecord.empty(event.tenant(), event.orderId());
        OrderItem.Report report = OrderItem.reportOf(event);
        boolean setExpiry = true;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                OrderRecord before = OrderItem.decode(empty, add(event, report, expiry, setExpiry));
                return new RecordChange(before, before.merge(event, expiry));
            } catch (ConditionalCheckFailedException failed) {
                OrderRecord stored = failed.hasItem() && !failed.item().isEmpty()
                        ? OrderItem.decode(empty, failed.item()) : read(empty);
                if (stored.holds(event)) {
                    return new RecordChange(stored, stored);
                }
                stored.merge(event, expiry); // throws TOO_MANY_REPORTS if the report's kind is full
                // the condition failed on the expiry: add the report keeping the stored (later) one, or the item
                // expired and was deleted meanwhile and the report starts it again
                setExpiry = stored.expiresAt().map(e -> !e.isAfter(expiry)).orElse(true);
            }
        }
        throw new IllegalStateException("the record of " + event.tenant() + "/" + event.orderId()
                + " changed under " + MAX_ATTEMPTS + " attempts to add a report");
    }

    /**
     * Adds the report, with the expiry if the stored one is not later ({@code setExpiry}), or keeping the stored
     * expiry if it is later.
     *
     * @return the item before
     */
    private Map<String, AttributeValue> add(OrderEvent event, OrderItem.Report report, Instant expiry,
                                            boolean setExpiry) {
        String expiryCondition = setExpiry ? "(attribute_not_exists(#exp) OR #exp <= :exp)" : "#exp > :exp";
        return client.updateItem(r -> r.tableName(table.name())
                .key(table.recordKey(prefix, event.tenant(), event.orderId()))
                .updateExpression((setExpiry ? "SET #rep = :rep, #exp = :exp" : "SET #rep = :rep")
                        + " ADD #ver :one, #cnt :one")
                .conditionExpression("attribute_not_exists(#rep) AND (attribute_not_exists(#cnt) OR #cnt < :max) AND "
                        + expiryCondition)
                .expressionAttributeNames(Map.of("#rep", report.attribute(), "#exp", WaitTimesTable.EXPIRES_AT,
                        "#ver", OrderItem.VERSION, "#cnt", report.counter()))
                .expressionAttributeValues(Map.of(":rep", report.value(), ":exp", Attributes.epochSeconds(expiry),
                        ":one", ONE, ":max", MAX))
                .returnValues(ReturnValue.ALL_OLD)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).attributes();
    }

    /** @return the stored record of an order (consistent read), if there is one */
    @Override
    public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
        OrderRecord record = read(OrderRecord.empty(tenant, orderId));
        return record.isEmpty() ? Optional.empty() : Optional.of(record);
    }

    private OrderRecord read(OrderRecord empty) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table.name())
                .key(table.recordKey(prefix, empty.tenant(), empty.orderId()))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).item();
        return OrderItem.decode(empty, item);
    }
}
