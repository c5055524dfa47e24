package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Duration;
import java.time.Instant;

/** Test data of one coffee-bar day: tenants, drinks, times as "HH:mm:ss", and the events of an order. */
public final class CoffeeBar {
    public static final TenantId NYC = new TenantId("NYC");
    public static final TenantId LDN = new TenantId("LDN");
    public static final Drink LATTE = new Drink("Caffe Latte");
    public static final Drink MOCHA = new Drink("Mocha");
    public static final Drink FLAT_WHITE = new Drink("Flat White");

    private CoffeeBar() {
    }

    /** @return an instant on the test day, from {@code "HH:mm:ss"} */
    public static Instant at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z");
    }

    public static WindowKey key(TenantId tenant, Drink drink) {
        return new WindowKey(tenant, drink);
    }

    public static OrderId order(String id) {
        return new OrderId(id);
    }

    public static Sample sample(String order, String completed, long value) {
        return new Sample(new OrderId(order), at(completed), value);
    }

    /** A sample of a wait in seconds (the engine's value is milliseconds). */
    public static Sample waited(String order, String completed, long seconds) {
        return sample(order, completed, Duration.ofSeconds(seconds).toMillis());
    }

    public static OrderSubmitted submitted(TenantId tenant, String order, Drink drink, String time, String eventId) {
        return new OrderSubmitted(tenant, new OrderId(order), drink, new Occurrence(at(time), eventId));
    }

    public static OrderClaimed claimed(TenantId tenant, String order, String time, String eventId) {
        return new OrderClaimed(tenant, new OrderId(order), new Occurrence(at(time), eventId));
    }

    public static OrderCompleted completed(TenantId tenant, String order, String time, String eventId) {
        return new OrderCompleted(tenant, new OrderId(order), new Occurrence(at(time), eventId));
    }

    public static OrderClosed cancelled(TenantId tenant, String order, String time, String eventId) {
        return new OrderClosed(tenant, new OrderId(order), ClosingReason.CANCELLED, new Occurrence(at(time), eventId));
    }

    public static OrderClosed timedOut(TenantId tenant, String order, String time, String eventId) {
        return new OrderClosed(tenant, new OrderId(order), ClosingReason.TIMED_OUT, new Occurrence(at(time), eventId));
    }
}
