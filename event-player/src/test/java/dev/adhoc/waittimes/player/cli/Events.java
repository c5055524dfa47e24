package dev.adhoc.waittimes.player.cli;

import java.util.ArrayList;
import java.util.List;

/** Hand-written bus events for the CLI tests, in the contract's envelope. */
final class Events {
    private Events() {
    }

    static String submitted(String id, String tenant, String order, String drink, String time) {
        return envelope(id, "OrderManager.WaitingCompletion", time, "{\"orderId\":\"" + order + "\",\"eventId\":\""
                + tenant + "\",\"orderNumber\":1,\"drinkOrder\":{\"drink\":\"" + drink + "\",\"modifiers\":[]},"
                + "\"TS\":0,\"userId\":\"u\",\"robot\":false}");
    }

    static String completed(String id, String tenant, String order, String time) {
        return envelope(id, "OrderManager.Order" + tenant + "-COMPLETED", time, "{\"orderId\":\"" + order
                + "\",\"eventId\":\"" + tenant + "\",\"ORDERSTATE\":\"" + tenant + "-COMPLETED\"}");
    }

    /**
     * @param submittedThenCompleted pairs of times: order {@code o<n>}, a Mocha at NYC, submitted at the first and
     *                               completed at the second
     * @return the orders' events as JSON lines, ids {@code e1}, {@code e2}... in this order
     */
    static String mochaOrders(String... submittedThenCompleted) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < submittedThenCompleted.length; i += 2) {
            String order = "o" + (i / 2 + 1);
            events.add(submitted("e" + (i + 1), "NYC", order, "Mocha", submittedThenCompleted[i]));
            events.add(completed("e" + (i + 2), "NYC", order, submittedThenCompleted[i + 1]));
        }
        return String.join("\n", events);
    }

    static String noise(String id, String time) {
        return envelope(id, "ConfigService.ConfigChanged", time, "{\"eventId\":\"NYC\"}");
    }

    static String envelope(String id, String detailType, String time, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\"" + time
                + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":" + detail + "}";
    }
}
