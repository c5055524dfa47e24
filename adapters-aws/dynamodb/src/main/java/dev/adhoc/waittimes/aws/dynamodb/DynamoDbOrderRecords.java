package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.RecordChange;
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
 * that the report is not there yet and its kind is not full; it returns the item after (ADR 0011).
 *
 * <ul>
 *   <li>success: the record after is the item returned; the record before is the same without the report;</li>
 *   <li>failed condition: the stored item comes with the failure ({@code ReturnValuesOnConditionCheckFailure}) or,
 *       where the server does not return it, from one consistent {@code GetItem}; it holds the report (a duplicate:
 *       nothing changed) or its kind is full ({@code TOO_MANY_REPORTS}).</li>
 * </ul>
 *
 * Expiries are kept to the whole second, rounded up (time to live is in epoch seconds).
 */
public final class DynamoDbOrderRecords implements OrderRecords {
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
        try {
            Map<String, AttributeValue> item = client.updateItem(r -> r.tableName(table.name())
                    .key(table.recordKey(prefix, event.tenant(), event.orderId()))
                    .updateExpression("SET #rep = :rep, #exp = :exp ADD #ver :one, #cnt :one")
                    .conditionExpression("attribute_not_exists(#rep) AND (attribute_not_exists(#cnt) OR #cnt < :max)")
                    .expressionAttributeNames(Map.of("#rep", report.attribute(), "#exp", WaitTimesTable.EXPIRES_AT,
                            "#ver", OrderItem.VERSION, "#cnt", report.counter()))
                    .expressionAttributeValues(Map.of(":rep", report.value(), ":exp", Attributes.epochSeconds(expiry),
                            ":one", AttributeValue.fromN("1"),
                            ":max", AttributeValue.fromN(Integer.toString(OrderRecord.MAX_REPORTS_PER_KIND))))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).attributes();
            OrderRecord after = OrderItem.decode(empty, item);
            Map<String, AttributeValue> old = new java.util.HashMap<>(item);
            old.remove(report.attribute());
            OrderRecord before = OrderItem.decode(empty, old);
            return new RecordChange(OrderRecord.restore(before.tenant(), before.orderId(), before.submissions(),
                    before.claims(), before.completions(), before.closings(), after.version() - 1,
                    before.expiresAt().orElse(null)), after);
        } catch (ConditionalCheckFailedException failed) {
            OrderRecord stored = failed.hasItem() ? OrderItem.decode(empty, failed.item()) : read(empty);
            if (stored.holds(event)) {
                return new RecordChange(stored, stored);
            }
            // the report is not there, so its kind is full; merging says so in the domain's words
            stored.merge(event, expiry);
            throw new InvalidValueException(RejectionReason.TOO_MANY_REPORTS, "order " + event.orderId()
                    + " of " + event.tenant() + " has too many different reports of this kind");
        }
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
