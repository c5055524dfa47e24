package dev.adhoc.waittimes.extensions.alerts.acceptance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The EventBridge JSON of the order events the core app puts on the bus (the contract, section 1). */
final class BusEvents {
    private BusEvents() {
    }

    static String submitted(String id, String tenant, String order, String drink, String time) {
        ObjectNode event = envelope(id, "OrderManager.WaitingCompletion", tenant, order, time);
        ((ObjectNode) event.get("detail")).putObject("drinkOrder").put("drink", drink).putArray("modifiers");
        return event.toString();
    }

    static String completed(String id, String tenant, String order, String time) {
        ObjectNode event = envelope(id, "OrderManager.Order" + tenant + "-COMPLETED", tenant, order, time);
        ((ObjectNode) event.get("detail")).put("ORDERSTATE", tenant + "-COMPLETED");
        return event.toString();
    }

    private static ObjectNode envelope(String id, String detailType, String tenant, String order, String time) {
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("version", "0").put("id", id)
                .put("detail-type", detailType).put("source", "awsserverlessda.serverlesspresso")
                .put("account", "123456789012").put("time", time).put("region", "us-west-2");
        event.putArray("resources");
        event.putObject("detail").put("orderId", order).put("eventId", tenant);
        return event;
    }
}
