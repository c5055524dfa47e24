package dev.adhoc.waittimes.acceptance.dsl;

import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The DSL's entry point: one extension under test, configured by the scenario, fed through a driver.
 * The extension starts on the first delivered event, so a scenario may configure it first.
 */
public final class WaitTimesWorld implements AutoCloseable {
    private final WaitTimesDriver driver;
    private WaitTimeSettings settings = WaitTimeSettings.DEFAULTS;
    private boolean started;
    private int nextEventId = 1;
    private final List<BusEvent> delivered = new ArrayList<>();

    /** @param driver the protocol driver every event goes through */
    public WaitTimesWorld(WaitTimesDriver driver) {
        this.driver = driver;
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

    /** @return the coffee bar of a tenant */
    public CoffeeBar coffeeBar(String tenant) {
        return new CoffeeBar(this, tenant);
    }

    String newEventId() {
        return String.format("evt-%05d", nextEventId++);
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

    /** @return every update emitted so far */
    public List<ObservedWaitTime> updates() {
        return started ? driver.updates() : List.of();
    }

    /** @return every rejection reported so far */
    public List<ObservedRejection> rejections() {
        return started ? driver.rejections() : List.of();
    }

    @Override
    public void close() {
        driver.close();
    }
}
