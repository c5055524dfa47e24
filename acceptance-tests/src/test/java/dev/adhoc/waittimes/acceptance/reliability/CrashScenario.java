package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One event whose recording is killed at each of its DynamoDB calls in turn, after the events that set the scene.
 * All orders are tenant NYC's.
 *
 * @param name  what happens
 * @param setup the events recorded before, without faults
 * @param event the event that crashes, then is delivered again
 */
record CrashScenario(String name, List<BusEvent> setup, BusEvent event) {
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    /** @return the setup, then the event */
    List<BusEvent> events() {
        List<BusEvent> all = new ArrayList<>(setup);
        all.add(event);
        return all;
    }

    /**
     * Delivers the setup to a started container, then the event with a crash armed at one of its DynamoDB calls,
     * and, once the invocation has died of it, the event again: the task's retry.
     *
     * @param container a container on stores that {@code crash} intercepts
     * @param crash     the container's crash point
     * @param call      the 1-based DynamoDB call of the event to crash at
     * @param when      before the call is sent, or after the server answered it
     * @return the retry's output
     */
    JsonNode crashAndRetry(LambdaHandlerDriver container, CrashPoint crash, int call, CrashPoint.When when) {
        setup.forEach(e -> container.deliverRaw(BusEventJson.of(e)));
        String json = BusEventJson.of(event);
        crash.arm(call, when);
        assertThatThrownBy(() -> container.deliverRaw(json)).isInstanceOf(RuntimeException.class);
        assertThat(crash.disarm()).as("the crash happened").isTrue();
        return container.deliverRaw(json);
    }

    @Override
    public String toString() {
        return name;
    }

    /** @return the scenarios whose every crash point the retry must heal */
    static List<CrashScenario> all() {
        return List.of(
                new CrashScenario("a completion after its submission, first of its drink",
                        List.of(submitted("o-1", "Caffe Latte", 0)), completed("o-1", 95)),
                new CrashScenario("a completion joining a window of two",
                        with(orders(2), submitted("o-new", "Caffe Latte", 600)), completed("o-new", 700)),
                new CrashScenario("a submission that arrives after its completion",
                        List.of(completed("o-1", 95)), submitted("o-1", "Caffe Latte", 0)),
                new CrashScenario("an earlier report of a counted submission, changing its wait",
                        List.of(submitted("o-1", "Caffe Latte", 30), completed("o-1", 95)),
                        submitted("o-1", "Caffe Latte", 0, "o-1-s-earlier")),
                new CrashScenario("a completion that pushes the oldest sample out of a full window (of three)",
                        with(orders(3), submitted("o-new", "Caffe Latte", 600)), completed("o-new", 700)),
                new CrashScenario("a completion older than a full window (of three): in the index, not in the window",
                        with(orders(3), submitted("o-old", "Caffe Latte", -100)), completed("o-old", -30)),
                new CrashScenario("an earlier completion report making a counted wait negative: the sample leaves a"
                        + " full window and the one it had pushed out comes back",
                        orders(4), completed("o-3", 299, "o-3-c-earlier")));
    }

    /**
     * The scenario of a defect found before (docs/reliability.md): an earlier report of a counted submission names
     * another drink, so the order's sample moves from one window to another (two index writes).
     */
    static CrashScenario drinkChange() {
        return new CrashScenario("an earlier report of a counted submission naming another drink",
                List.of(submitted("o-1", "Caffe Latte", 30), completed("o-1", 95)),
                submitted("o-1", "Mocha", 0, "o-1-s-earlier"));
    }

    /** @return {@code n} completed Caffe Latte orders, 100 s apart, waits 60 s, 61 s, ... */
    private static List<BusEvent> orders(int n) {
        List<BusEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(submitted("o-" + i, "Caffe Latte", 100L * i));
            events.add(completed("o-" + i, 100L * i + 60 + i));
        }
        return events;
    }

    private static List<BusEvent> with(List<BusEvent> events, BusEvent more) {
        List<BusEvent> all = new ArrayList<>(events);
        all.add(more);
        return List.copyOf(all);
    }

    static BusEvent submitted(String order, String drink, long atSecond) {
        return submitted(order, drink, atSecond, order + "-s");
    }

    static BusEvent submitted(String order, String drink, long atSecond, String eventId) {
        return new BusEvent(Kind.SUBMITTED, eventId, "NYC", order, drink, T0.plusSeconds(atSecond).toString());
    }

    static BusEvent completed(String order, long atSecond) {
        return completed(order, atSecond, order + "-c");
    }

    static BusEvent completed(String order, long atSecond, String eventId) {
        return new BusEvent(Kind.COMPLETED, eventId, "NYC", order, null, T0.plusSeconds(atSecond).toString());
    }
}
