package dev.adhoc.waittimes.extensions.alerts.acceptance;

import dev.adhoc.waittimes.extensiontesting.CoffeeBarEvents;
import dev.adhoc.waittimes.extensiontesting.ExtensionDriver;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * One tenant's coffee bar, in the words of a bar manager who wants to hear when a drink gets slow: orders enter the
 * barista queue and are completed; the bus may deliver an event again. Times are {@code "HH:mm:ss"} on one day, UTC.
 */
final class CoffeeBar extends CoffeeBarEvents<CoffeeBar> {
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Supplier<ExtensionDriver<Duration, ObservedAlert>> driver;

    CoffeeBar(String tenant, Supplier<ExtensionDriver<Duration, ObservedAlert>> driver) {
        super(tenant, json -> driver.get().deliver(json));
        this.driver = driver;
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

    /** @return the alerts emitted for a drink of this bar, in order */
    List<ObservedAlert> alertsFor(String drink) {
        return driver.get().emitted().stream().filter(a -> a.tenant().equals(tenant()) && a.drink().equals(drink))
                .toList();
    }
}
