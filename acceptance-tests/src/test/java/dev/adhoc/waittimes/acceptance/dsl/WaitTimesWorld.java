package dev.adhoc.waittimes.acceptance.dsl;

import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The DSL's entry point: one extension under test, configured by the scenario, fed through a driver.
 * The extension starts on the first delivered event, so a scenario may configure it first.
 *
 * <p>A report's envelope id is made from what it reports (its step, order, drink and time), as the bus keeps one id
 * per event: the same report sent twice is a redelivery, and the same report sent to another extension (another
 * arrival order, {@link #inAnotherArrivalOrder()}) carries the same id there.
 */
public final class WaitTimesWorld implements AutoCloseable {
    private final Supplier<WaitTimesDriver> drivers;
    private final WaitTimesDriver driver;
    private final List<WaitTimesWorld> others = new ArrayList<>();
    private WaitTimeSettings settings = WaitTimeSettings.DEFAULTS;
    private boolean started;
    private int nextEventId = 1;
    private final List<BusEvent> delivered = new ArrayList<>();

    /** @param drivers makes the protocol driver every event goes through (again for each other arrival order) */
    public WaitTimesWorld(Supplier<WaitTimesDriver> drivers) {
        this.drivers = drivers;
        this.driver = drivers.get();
    }

    /** The extension averages the last {@code n} completed orders. */
    public WaitTimesWorld averagesTheLast(int n) {
        settings = settings.withWindowSize(n);
        return this;
    }

    /** Waits longer than this are rejected. */
    public WaitTimesWorld rejectsWaitsAbove(Duration ceiling) {
        settings = settings.withMaxWait(ceiling);
        return this;
    }

    /** The extension runs in the reference's compatibility mode ({@code orderFinished} completes). */
    public WaitTimesWorld countsFinishedOrders() {
        settings = settings.withCompletionMode(CompletionMode.FINISHED);
        return this;
    }

    /**
     * @return another extension, configured like this one and empty, through a driver of the same kind: the
     *         scenario delivers the same reports to it in another order (closed with this world)
     */
    public WaitTimesWorld inAnotherArrivalOrder() {
        WaitTimesWorld other = new WaitTimesWorld(drivers);
        other.settings = settings;
        others.add(other);
        return other;
    }

    /** @return the coffee bar of a tenant */
    public CoffeeBar coffeeBar(String tenant) {
        return new CoffeeBar(this, tenant);
    }

    String newEventId() {
        return String.format("evt-%05d", nextEventId++);
    }

    /** @return the envelope id of a report: its content, so that the same report always has the same id */
    static String eventIdOf(BusEvent.Kind kind, String tenant, String orderId, String drink, String time) {
        return kind.name().toLowerCase(Locale.ROOT) + "/" + tenant + "/" + orderId + (drink == null ? "" : "/" + drink)
                + "/" + time;
    }

    void deliver(BusEvent event) {
        if (!started) {
            driver.start(settings);
            started = true;
        }
        delivered.add(event);
        driver.deliver(event);
    }

    /** Delivers, once more, the last event delivered (the bus's at-least-once delivery). */
    public void redeliverTheLastEvent() {
        deliver(delivered.get(delivered.size() - 1));
    }

    /** Delivers, once more, every event delivered so far, in order. */
    public void redeliverEverything() {
        for (BusEvent e : List.copyOf(delivered)) {
            deliver(e);
        }
    }

    /** Delivers, once more, every event of one order delivered so far, in order. */
    public void redeliverTheEventsOf(String orderId) {
        for (BusEvent e : List.copyOf(delivered)) {
            if (orderId.equals(e.orderId())) {
                deliver(e);
            }
        }
    }

    /** @return every update emitted so far */
    public List<ObservedWaitTime> updates() {
        return started ? driver.updates() : List.of();
    }

    /** @return every rejection reported so far */
    public List<ObservedRejection> rejections() {
        return started ? driver.rejections() : List.of();
    }

    /**
     * @return whether rejection and update ids of this world can be compared with another arrival order's: false
     *         where each extension gets its own tenant names (a deployed stack), and so ids of its own
     */
    public boolean idsComparableAcrossArrivalOrders() {
        return !driver.renamesTenants();
    }

    @Override
    public void close() {
        others.forEach(WaitTimesWorld::close);
        driver.close();
    }
}
