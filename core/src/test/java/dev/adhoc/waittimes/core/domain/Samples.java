package dev.adhoc.waittimes.core.domain;

import java.time.Instant;

/** Test-data builders for core's tests. */
public final class Samples {
    public static final TenantId NYC = new TenantId("NYC");
    public static final TenantId LDN = new TenantId("LDN");
    public static final Drink LATTE = new Drink("Caffe Latte");
    public static final Drink MOCHA = new Drink("Mocha");

    private Samples() {
    }

    /** @return an instant on the test day, from {@code "HH:mm:ss"} */
    public static Instant at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z");
    }

    public static WaitSample sample(String order, String submitted, String completed) {
        return new WaitSample(new OrderId(order), at(submitted), at(completed));
    }

    public static OrderSubmitted submitted(TenantId tenant, String order, Drink drink, String time, String eventId) {
        return new OrderSubmitted(tenant, new OrderId(order), drink, new Occurrence(at(time), eventId));
    }

    public static OrderCompleted completed(TenantId tenant, String order, String time, String eventId) {
        return new OrderCompleted(tenant, new OrderId(order), new Occurrence(at(time), eventId));
    }

    public static OrderClosed cancelled(TenantId tenant, String order, String time, String eventId) {
        return new OrderClosed(tenant, new OrderId(order), ClosingReason.CANCELLED, new Occurrence(at(time), eventId));
    }
}
