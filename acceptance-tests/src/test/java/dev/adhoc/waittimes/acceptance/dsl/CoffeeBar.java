package dev.adhoc.waittimes.acceptance.dsl;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;

import java.util.List;
import java.util.Optional;

/**
 * One tenant's coffee bar, in the words of its day: orders are submitted to the barista queue, completed,
 * cancelled, time out; screens show the wait per drink. Times are {@code "HH:mm:ss"} on one day, UTC. Two reports
 * of one step of an order that disagree (another time, another drink) are two events; the same report sent twice is
 * the same event delivered again.
 */
public final class CoffeeBar {
    static final String DAY = "2026-11-27T";

    private final WaitTimesWorld world;
    private final String tenant;

    CoffeeBar(WaitTimesWorld world, String tenant) {
        this.world = world;
        this.tenant = tenant;
    }

    /** An order of a drink enters the barista queue. */
    public CoffeeBar submits(String orderId, String drink, String time) {
        return send(Kind.SUBMITTED, orderId, drink, time);
    }

    /** The barista completes an order. */
    public CoffeeBar completes(String orderId, String time) {
        return send(Kind.COMPLETED, orderId, null, time);
    }

    /** The barista completes an order, reported under the older detail-type. */
    public CoffeeBar completesUnderTheOldName(String orderId, String time) {
        return send(Kind.COMPLETED_LEGACY, orderId, null, time);
    }

    /** The barista cancels an order. */
    public CoffeeBar cancels(String orderId, String time) {
        return send(Kind.CANCELLED, orderId, null, time);
    }

    /** The customer or the barista times out. */
    public CoffeeBar timesOut(String orderId, String time) {
        return send(Kind.TIMED_OUT, orderId, null, time);
    }

    /** The order's workflow ends (after a completion and after a cancellation alike). */
    public CoffeeBar finishes(String orderId, String time) {
        return send(Kind.FINISHED, orderId, null, time);
    }

    /** Submitted and completed: one served order. */
    public CoffeeBar serves(String orderId, String drink, String submittedAt, String completedAt) {
        return submits(orderId, drink, submittedAt).completes(orderId, completedAt);
    }

    /** Something unrelated happens on the bus. */
    public CoffeeBar changesItsConfiguration(String time) {
        return send(Kind.NOISE, null, null, time);
    }

    /** Delivers an event exactly as given (bad data scenarios). */
    public CoffeeBar sendsRaw(Kind kind, String orderId, String drink, String isoTime) {
        world.deliver(new BusEvent(kind, world.newEventId(), tenant, orderId, drink, isoTime));
        return this;
    }

    /** Sends a report; the same report sent again (same step, order, drink and time) is a redelivery. */
    private CoffeeBar send(Kind kind, String orderId, String drink, String time) {
        String iso = DAY + time + "Z";
        world.deliver(new BusEvent(kind, WaitTimesWorld.eventIdOf(kind, tenant, orderId, drink, iso), tenant, orderId,
                drink, iso));
        return this;
    }

    /** @return what the screens show now for a drink of this bar: the latest update emitted for it */
    public Optional<ObservedWaitTime> waitTimeOf(String drink) {
        List<ObservedWaitTime> all = updatesFor(drink);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return every update emitted for a drink of this bar */
    public List<ObservedWaitTime> updatesFor(String drink) {
        return world.updates().stream().filter(u -> u.tenant().equals(tenant) && u.drink().equals(drink)).toList();
    }
}
