package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.testsupport.BusEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One tenant's coffee bar, in the words of a manager who watches how many drinks go out: orders enter the barista
 * queue, are completed or cancelled; the bus may deliver an event again, or late. Times are {@code "HH:mm:ss"} on one
 * day, UTC.
 */
final class CoffeeBar {
    private static final String DAY = "2026-11-27T";

    private final String tenant;
    private final Supplier<ThroughputDriver> driver;
    private final List<String> delivered = new ArrayList<>();
    private int events;

    CoffeeBar(String tenant, Supplier<ThroughputDriver> driver) {
        this.tenant = tenant;
        this.driver = driver;
    }

    /** An order of a drink enters the barista queue. */
    CoffeeBar submits(String order, String drink, String time) {
        return deliver(BusEvents.submitted(tenant, order, drink).at(at(time)).id(nextId()).json());
    }

    /** The barista completes an order. */
    CoffeeBar completes(String order, String time) {
        return deliver(BusEvents.completed(tenant, order).at(at(time)).id(nextId()).json());
    }

    /** The barista cancels an order. */
    CoffeeBar cancels(String order, String time) {
        return deliver(BusEvents.cancelled(tenant, order).at(at(time)).id(nextId()).json());
    }

    /** Submitted a few minutes before, and completed. */
    CoffeeBar serves(String order, String drink, String completedAt) {
        return submits(order, drink, "11:00:00").completes(order, completedAt);
    }

    /** The bus delivers the last event of this bar again (at-least-once delivery). */
    CoffeeBar andTheBusDeliversItAgain() {
        return deliver(delivered.get(delivered.size() - 1));
    }

    /** @return what the bar's screen shows now: the latest throughput emitted for it */
    Optional<ObservedThroughput> throughput() {
        List<ObservedThroughput> all = emitted();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return every throughput event emitted for this bar, in order */
    List<ObservedThroughput> emitted() {
        return driver.get().emitted().stream().filter(t -> t.tenant().equals(tenant)).toList();
    }

    private CoffeeBar deliver(String json) {
        delivered.add(json);
        driver.get().deliver(json);
        return this;
    }

    private String nextId() {
        return tenant + "-event-" + ++events;
    }

    private static Instant at(String time) {
        return Instant.parse(DAY + time + "Z");
    }
}
