package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.player.io.InputItem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Bus events in the contract's envelope, as input items for a running extension. */
final class BusEvents {
    static final Instant START = Instant.parse("2026-11-27T08:00:00Z");
    private int n;

    /** @return an order submitted {@code atSecond} seconds after {@link #START} */
    InputItem submitted(String tenant, String order, String drink, long atSecond) {
        return item("OrderManager.WaitingCompletion", atSecond, "{\"orderId\":\"" + order + "\",\"eventId\":\""
                + tenant + "\",\"orderNumber\":1,\"drinkOrder\":{\"drink\":\"" + drink + "\",\"modifiers\":[]},"
                + "\"TS\":0,\"userId\":\"u\",\"robot\":false}");
    }

    /** @return the order completed {@code atSecond} seconds after {@link #START} */
    InputItem completed(String tenant, String order, long atSecond) {
        return item("OrderManager.Order" + tenant + "-COMPLETED", atSecond, "{\"orderId\":\"" + order
                + "\",\"eventId\":\"" + tenant + "\",\"ORDERSTATE\":\"" + tenant + "-COMPLETED\"}");
    }

    private InputItem item(String detailType, long atSecond, String detail) {
        n++;
        String json = "{\"version\":\"0\",\"id\":\"e" + n + "\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\""
                + START.plusSeconds(atSecond) + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":" + detail + "}";
        return new InputItem.Event("line " + n, json.getBytes(StandardCharsets.UTF_8));
    }
}
