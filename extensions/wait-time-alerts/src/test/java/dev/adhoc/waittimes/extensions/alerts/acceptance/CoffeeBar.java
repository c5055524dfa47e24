package dev.adhoc.waittimes.extensions.alerts.acceptance;

import dev.adhoc.waittimes.testsupport.BusEvents;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One tenant's coffee bar, in the words of a bar manager who wants to hear when a drink gets slow: orders enter the
 * barista queue and are completed; the bus may deliver an event again. Times are {@code "HH:mm:ss"} on one day, UTC.
 */
final class CoffeeBar {
    private static final String DAY = "2026-11-27T";
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String tenant;
    private final Supplier<AlertsDriver> driver;
    private final List<String> delivered = new ArrayList<>();
    private int events;

    CoffeeBar(String tenant, Supplier<AlertsDriver> driver) {
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

    /** Submitted and completed: one served order. */
    CoffeeBar serves(String order, String drink, String submittedAt, String completedAt) {
        return submits(order, drink, submittedAt).completes(order, completedAt);
    }

    /** {@code count} orders of a drink, each waiting {@code seconds}, completed a minute apart from {@code from}. */
    CoffeeBar servesInTurn(int count, String drink, long seconds, String prefix, String from) {
        LocalTime start = LocalTime.parse(from);
        for (int i = 0; i < count; i++) {
            LocalTime done = start.plusMinutes(i);
            serves(prefix + i, drink, HH_MM_SS.format(done.minusSeconds(seconds)), HH_MM_SS.format(done));
        }
        return this;
    }

    /** The bus delivers the last event of this bar again (at-least-once delivery). */
    CoffeeBar andTheBusDeliversItAgain() {
        return deliver(delivered.get(delivered.size() - 1));
    }

    /** @return the alerts emitted for a drink of this bar, in order */
    List<ObservedAlert> alertsFor(String drink) {
        return driver.get().alerts().stream().filter(a -> a.tenant().equals(tenant) && a.drink().equals(drink)).toList();
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
