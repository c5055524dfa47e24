package dev.adhoc.waittimes.player.cli;

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

    static String noise(String id, String time) {
        return envelope(id, "ConfigService.ConfigChanged", time, "{\"eventId\":\"NYC\"}");
    }

    static String envelope(String id, String detailType, String time, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\"" + time
                + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":" + detail + "}";
    }
}
