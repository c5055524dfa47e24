package dev.adhoc.waittimes.extensiontesting;

import dev.adhoc.waittimes.testsupport.BusEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One tenant's coffee bar as the bus tells it: orders enter the barista queue, are completed or cancelled; the bus
 * may deliver an event again. Times are {@code "HH:mm:ss"} on one day, UTC; each event gets an id of its own. An
 * extension's scenarios extend it with their own words and observations.
 *
 * @param <B> the subclass, which every step returns
 */
public abstract class CoffeeBarEvents<B extends CoffeeBarEvents<B>> {
    private static final String DAY = "2026-11-27T";

    private final String tenant;
    private final Consumer<String> bus;
    private final List<String> delivered = new ArrayList<>();
    private int events;

    /**
     * @param tenant the bar's tenant
     * @param bus    where its events go, as JSON
     */
    protected CoffeeBarEvents(String tenant, Consumer<String> bus) {
        this.tenant = tenant;
        this.bus = bus;
    }

    /** @return the bar's tenant */
    public String tenant() {
        return tenant;
    }

    /**
     * An order of a drink enters the barista queue.
     *
     * @param order the order's id
     * @param drink the drink
     * @param time  when, {@code "HH:mm:ss"}
     * @return this bar
     */
    public B submits(String order, String drink, String time) {
        return deliver(BusEvents.submitted(tenant, order, drink).at(at(time)).id(nextId()).json());
    }

    /**
     * The barista completes an order.
     *
     * @param order the order's id
     * @param time  when, {@code "HH:mm:ss"}
     * @return this bar
     */
    public B completes(String order, String time) {
        return deliver(BusEvents.completed(tenant, order).at(at(time)).id(nextId()).json());
    }

    /**
     * The barista cancels an order.
     *
     * @param order the order's id
     * @param time  when, {@code "HH:mm:ss"}
     * @return this bar
     */
    public B cancels(String order, String time) {
        return deliver(BusEvents.cancelled(tenant, order).at(at(time)).id(nextId()).json());
    }

    /**
     * The bus delivers the last event of this bar again (at-least-once delivery).
     *
     * @return this bar
     */
    public B andTheBusDeliversItAgain() {
        return deliver(delivered.get(delivered.size() - 1));
    }

    @SuppressWarnings("unchecked")
    private B deliver(String json) {
        delivered.add(json);
        bus.accept(json);
        return (B) this;
    }

    private String nextId() {
        return tenant + "-event-" + ++events;
    }

    private static Instant at(String time) {
        return Instant.parse(DAY + time + "Z");
    }
}
