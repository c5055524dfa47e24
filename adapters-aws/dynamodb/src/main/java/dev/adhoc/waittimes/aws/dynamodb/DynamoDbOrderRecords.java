package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.RecordChange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Order records in DynamoDB, one item per order ({@link OrderItem}), merged as {@link OrderRecord#merge} defines
 * with one conditional {@code UpdateItem} per event (docs/adr/0002):
 *
 * <ul>
 *   <li>the update sets the event's fact slot and {@code expiresAt}, on the condition that the slot is empty or
 *       holds a later occurrence (and that the stored expiry is not later than the new one), returning the old
 *       item: then the record after is the old record merged with the event;</li>
 *   <li>if the condition fails, the stored item comes with the failure ({@code ReturnValuesOnConditionCheckFailure})
 *       or, where the server does not return it, from one consistent {@code GetItem}: if the event loses to the
 *       stored fact (or is a duplicate) nothing changed;</li>
 *   <li>if the event wins but the stored expiry is later (rare: an event dated in the future arrived first), the
 *       slot is set without touching the expiry, as {@code merge} keeps the later expiry.</li>
 * </ul>
 *
 * Expiries are kept to the whole second, rounded up (time to live is in epoch seconds): the record after a merge
 * is {@code before.merge(event, expiresAt rounded up)}.
 */
public final class DynamoDbOrderRecords implements OrderRecords {
    // Each extra attempt needs a concurrent winning write of the same slot; two attempts suffice without one.
    private static final int MAX_ATTEMPTS = 10;

    private final DynamoDbClient client;
    private final WaitTimesTable table;

    /**
     * @param client the client (not closed by this store)
     * @param table  the table holding the records
     */
    public DynamoDbOrderRecords(DynamoDbClient client, WaitTimesTable table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public RecordChange merge(OrderEvent event, Instant expiresAt) {
        Objects.requireNonNull(event, "event");
        Instant expiry = Attributes.wholeSecondUp(Objects.requireNonNull(expiresAt, "expiresAt"));
        OrderRecord empty = OrderRecord.empty(event.tenant(), event.orderId());
        OrderRecord known = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            boolean setExpiry = known == null || known.expiresAt().map(e -> !e.isAfter(expiry)).orElse(true);
            try {
                UpdateItemResponse response = update(event, expiry, setExpiry);
                OrderRecord before = OrderItem.decode(empty, response.attributes());
                return new RecordChange(before, before.merge(event, expiry));
            } catch (ConditionalCheckFailedException failed) {
                known = failed.hasItem() ? OrderItem.decode(empty, failed.item()) : read(empty);
                if (known.merge(event, expiry).sameFactsAs(known)) {
                    return new RecordChange(known, known); // a duplicate, or it lost to an earlier fact
                }
            }
        }
        throw new IllegalStateException("order " + event.tenant() + "/" + event.orderId() + " changed under "
                + MAX_ATTEMPTS + " consecutive merges of event " + event.occurrence().eventId());
    }

    /** @return the stored record of an order (consistent read), if there is one */
    @Override
    public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
        OrderRecord record = read(OrderRecord.empty(tenant, orderId));
        return record.isEmpty() && record.expiresAt().isEmpty() ? Optional.empty() : Optional.of(record);
    }

    private UpdateItemResponse update(OrderEvent event, Instant expiry, boolean setExpiry) {
        OrderItem.Slot slot = OrderItem.slotOf(event);
        Map<String, String> names = new LinkedHashMap<>(slot.names());
        Map<String, AttributeValue> values = new LinkedHashMap<>(slot.values());
        names.put("#exp", WaitTimesTable.EXPIRES_AT);
        values.put(":exp", Attributes.epochSeconds(expiry));
        String update = "SET " + slot.set() + (setExpiry ? ", #exp = :exp" : "")
                + (slot.add().isEmpty() ? "" : " ADD " + slot.add());
        String expiryCondition = setExpiry ? "(attribute_not_exists(#exp) OR #exp <= :exp)" : "#exp > :exp";
        return client.updateItem(r -> r.tableName(table.name())
                .key(WaitTimesTable.key(WaitTimesTable.orderKey(event.tenant(), event.orderId())))
                .updateExpression(update)
                .conditionExpression(slot.winsOverStored() + " AND " + expiryCondition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_OLD)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    }

    private OrderRecord read(OrderRecord empty) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(table.name())
                .key(WaitTimesTable.key(WaitTimesTable.orderKey(empty.tenant(), empty.orderId())))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).item();
        return OrderItem.decode(empty, item);
    }
}
