package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.extensiontesting.CoffeeBarEvents;
import dev.adhoc.waittimes.extensiontesting.ExtensionDriver;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One tenant's coffee bar, in the words of a manager who watches how many drinks go out: orders enter the barista
 * queue, are completed or cancelled; the bus may deliver an event again, or late. Times are {@code "HH:mm:ss"} on one
 * day, UTC.
 */
final class CoffeeBar extends CoffeeBarEvents<CoffeeBar> {
    private final Supplier<ExtensionDriver<Integer, ObservedThroughput>> driver;

    CoffeeBar(String tenant, Supplier<ExtensionDriver<Integer, ObservedThroughput>> driver) {
        super(tenant, json -> driver.get().deliver(json));
        this.driver = driver;
    }

    /** Submitted a few minutes before, and completed. */
    CoffeeBar serves(String order, String drink, String completedAt) {
        return submits(order, drink, "11:00:00").completes(order, completedAt);
    }

    /** @return what the bar's screen shows now: the latest throughput emitted for it */
    Optional<ObservedThroughput> throughput() {
        List<ObservedThroughput> all = emitted();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** @return every throughput event emitted for this bar, in order */
    List<ObservedThroughput> emitted() {
        return driver.get().emitted().stream().filter(t -> t.tenant().equals(tenant())).toList();
    }
}
