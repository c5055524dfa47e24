package dev.adhoc.waittimes.acceptance.drivers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;

/**
 * Writes a scenario's bus event as the EventBridge JSON the core app puts on the bus (contract, section 1).
 * Absent fields are left out, exactly as a faulty producer would leave them out.
 */
public final class BusEventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BusEventJson() {
    }

    /** @return the EventBridge event as JSON text */
    public static String of(BusEvent e) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", e.id());
        envelope.put("detail-type", e.kind().detailType(e.tenant() == null ? "" : e.tenant()));
        envelope.put("source", "awsserverlessda.serverlesspresso");
        envelope.put("account", "123456789012");
        if (e.time() != null) {
            envelope.put("time", e.time());
        }
        envelope.put("region", "us-west-2");
        envelope.putArray("resources");
        ObjectNode detail = envelope.putObject("detail");
        putIfPresent(detail, "orderId", e.orderId());
        putIfPresent(detail, "eventId", e.tenant());
        switch (e.kind()) {
            case SUBMITTED -> {
                detail.put("orderNumber", 1);
                detail.put("userId", "user-1");
                detail.put("TS", 0);
                ObjectNode drinkOrder = detail.putObject("drinkOrder");
                putIfPresent(drinkOrder, "drink", e.drink());
                drinkOrder.putArray("modifiers");
            }
            case COMPLETED -> detail.put("ORDERSTATE", e.tenant() + "-COMPLETED");
            case CANCELLED -> detail.put("ORDERSTATE", e.tenant() + "-CANCELLED");
            case TIMED_OUT -> detail.put("cause", "barista timed out");
            default -> { }
        }
        return envelope.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
