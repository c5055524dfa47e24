package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Closing;
import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Submission;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout of an order's item: one slot per kind of fact, each written whole by one conditional update.
 *
 * <pre>
 * pk             S  ORDER#&lt;tenant&gt;#&lt;orderId&gt;
 * submittedAt    N  epoch ms      submittedEvent  B  event id   drink         B  drink name
 * completedAt    N  epoch ms      completedEvent  B  event id
 * closedAt       N  epoch ms      closedEvent     B  event id   closedReason  S  CANCELLED | TIMED_OUT
 * drinksNamed    BS every drink a winning submission named (OrderRecord#drinksNamed), added with each
 * expiresAt      N  epoch seconds (time to live)
 * </pre>
 *
 * Event ids and drinks are {@linkplain Attributes#orderedText ordered text}, so the condition "the stored fact is
 * later" compares them as the domain does. Reasons compare by name, which is the order of {@link ClosingReason}.
 */
final class OrderItem {
    static final String SUBMITTED_AT = "submittedAt";
    static final String SUBMITTED_EVENT = "submittedEvent";
    static final String DRINK = "drink";
    static final String COMPLETED_AT = "completedAt";
    static final String COMPLETED_EVENT = "completedEvent";
    static final String CLOSED_AT = "closedAt";
    static final String CLOSED_EVENT = "closedEvent";
    static final String CLOSED_REASON = "closedReason";
    static final String DRINKS_NAMED = "drinksNamed";

    private OrderItem() {
    }

    /**
     * The attributes of one kind of fact, and the condition under which an event's fact replaces the stored one.
     *
     * @param names       expression attribute names ({@code #at}, {@code #ev}, optionally {@code #tb})
     * @param values      the event's values ({@code :at}, {@code :ev}, optionally {@code :tb})
     * @param set         the update's SET clause for the slot
     * @param add         the update's ADD clause, or empty
     * @param winsOverStored "the slot is empty, or the stored occurrence is later than the event's": time, then
     *                    event id, then the tie-breaker (drink, reason) if the slot has one
     */
    record Slot(Map<String, String> names, Map<String, AttributeValue> values, String set, String add,
                String winsOverStored) {
    }

    /** @return the slot the event's fact goes into, with the event's values */
    static Slot slotOf(OrderEvent event) {
        if (event instanceof OrderSubmitted e) {
            AttributeValue drink = Attributes.orderedText(e.drink().name());
            Slot slot = slot(SUBMITTED_AT, SUBMITTED_EVENT, e.occurrence(), DRINK, drink);
            // the winning submission's drink joins the set of drinks named, in the same conditional write
            slot.names().put("#dn", DRINKS_NAMED);
            slot.values().put(":dn", AttributeValue.fromBs(List.of(drink.b())));
            return new Slot(slot.names(), slot.values(), slot.set(), "#dn :dn", slot.winsOverStored());
        }
        if (event instanceof OrderCompleted e) {
            return slot(COMPLETED_AT, COMPLETED_EVENT, e.occurrence(), null, null);
        }
        OrderClosed e = (OrderClosed) event;
        return slot(CLOSED_AT, CLOSED_EVENT, e.occurrence(), CLOSED_REASON, AttributeValue.fromS(e.reason().name()));
    }

    private static Slot slot(String at, String ev, Occurrence occurrence, String tieBreaker, AttributeValue tieValue) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        names.put("#at", at);
        names.put("#ev", ev);
        values.put(":at", Attributes.millis(occurrence.time()));
        values.put(":ev", Attributes.orderedText(occurrence.eventId()));
        String set = "#at = :at, #ev = :ev";
        String sameTime = "#ev > :ev";
        if (tieBreaker != null) {
            names.put("#tb", tieBreaker);
            values.put(":tb", tieValue);
            set += ", #tb = :tb";
            sameTime = "#ev > :ev OR (#ev = :ev AND #tb > :tb)";
        }
        String condition = "(attribute_not_exists(#at) OR #at > :at OR (#at = :at AND (" + sameTime + ")))";
        return new Slot(names, values, set, "", condition);
    }

    /**
     * @param empty the empty record of the order the item belongs to
     * @param item  the stored item, or null/empty if none
     * @return the record the item holds
     */
    static OrderRecord decode(OrderRecord empty, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return empty;
        }
        Submission submission = null;
        Occurrence submitted = occurrence(item, SUBMITTED_AT, SUBMITTED_EVENT);
        if (submitted != null) {
            submission = new Submission(new Drink(Attributes.orderedText(required(item, DRINK))), submitted);
        }
        Occurrence completion = occurrence(item, COMPLETED_AT, COMPLETED_EVENT);
        Closing closing = null;
        Occurrence closed = occurrence(item, CLOSED_AT, CLOSED_EVENT);
        if (closed != null) {
            closing = new Closing(ClosingReason.valueOf(Attributes.string(required(item, CLOSED_REASON))), closed);
        }
        AttributeValue expiry = item.get(WaitTimesTable.EXPIRES_AT);
        Instant expiresAt = expiry == null ? null : Attributes.fromEpochSeconds(expiry);
        Set<Drink> drinksNamed = new HashSet<>();
        AttributeValue named = item.get(DRINKS_NAMED);
        if (named != null && named.hasBs()) {
            named.bs().forEach(b -> drinksNamed.add(new Drink(Attributes.orderedText(AttributeValue.fromB(b)))));
        }
        return OrderRecord.restore(empty.tenant(), empty.orderId(), submission, completion, closing, expiresAt,
                drinksNamed);
    }

    /**
     * @param record a record whose expiry, if any, is a whole second
     * @return the item that stores it (for loading history in bulk; the store itself writes slot by slot)
     */
    static Map<String, AttributeValue> encode(OrderRecord record) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(WaitTimesTable.PARTITION_KEY,
                AttributeValue.fromS(WaitTimesTable.orderKey(record.tenant(), record.orderId())));
        record.submission().ifPresent(s -> {
            item.put(SUBMITTED_AT, Attributes.millis(s.occurrence().time()));
            item.put(SUBMITTED_EVENT, Attributes.orderedText(s.occurrence().eventId()));
            item.put(DRINK, Attributes.orderedText(s.drink().name()));
        });
        record.completion().ifPresent(c -> {
            item.put(COMPLETED_AT, Attributes.millis(c.time()));
            item.put(COMPLETED_EVENT, Attributes.orderedText(c.eventId()));
        });
        record.closing().ifPresent(x -> {
            item.put(CLOSED_AT, Attributes.millis(x.occurrence().time()));
            item.put(CLOSED_EVENT, Attributes.orderedText(x.occurrence().eventId()));
            item.put(CLOSED_REASON, AttributeValue.fromS(x.reason().name()));
        });
        record.expiresAt().ifPresent(e -> item.put(WaitTimesTable.EXPIRES_AT, Attributes.epochSeconds(e)));
        if (!record.drinksNamed().isEmpty()) {
            item.put(DRINKS_NAMED, AttributeValue.fromBs(record.drinksNamed().stream()
                    .map(d -> Attributes.orderedText(d.name()).b()).toList()));
        }
        return item;
    }

    private static Occurrence occurrence(Map<String, AttributeValue> item, String at, String ev) {
        AttributeValue time = item.get(at);
        if (time == null) {
            return null;
        }
        return new Occurrence(Attributes.instant(time), Attributes.orderedText(required(item, ev)));
    }

    private static AttributeValue required(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new IllegalStateException("order item " + item.get(WaitTimesTable.PARTITION_KEY)
                    + " has a partial fact: " + name + " is missing");
        }
        return value;
    }
}
