package dev.adhoc.waittimes.extensions.throughput;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.engine.Update;

/**
 * The {@code OrderManager.Throughput} event of an update of a tenant's window: how many orders it completed in the
 * last 15 minutes up to its latest completion ({@code asOf}). Emitted on every update, so a redelivered event of an
 * order in the window announces it again, with the same {@code updateId}.
 *
 * @param eventBusName the bus the entries name
 */
public record ThroughputEntries(String eventBusName) {
    /** The detail-type of the emitted event. */
    public static final String DETAIL_TYPE = "OrderManager.Throughput";

    /** @throws IllegalArgumentException if the bus name is empty */
    public ThroughputEntries {
        if (eventBusName.isEmpty()) {
            throw new IllegalArgumentException("a bus name is needed");
        }
    }

    /** @return the entry that puts the update on the bus */
    public PutEventsEntry entry(Update<Integer> update) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode().put("eventId", update.key().tenant().value())
                .put("completedLast15Minutes", update.after());
        detail.put("asOf", update.asOf().map(Object::toString).orElse(null));
        detail.put("updateId", update.updateId()).put("schemaVersion", "1");
        return new PutEventsEntry(ConsumedDetailTypes.SOURCE, DETAIL_TYPE, eventBusName, detail.toString());
    }
}
