package dev.adhoc.waittimes.player.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the bus delivers it: at its own time, or later when reordered or redelivered.
 *
 * @param event       the event
 * @param deliveredAt when the bus delivers it (simulated time, never before the event's time)
 * @param redelivery  whether this is a second delivery of an event already delivered
 */
public record Delivery(SimulatedEvent event, Instant deliveredAt, boolean redelivery) {
    /** @throws NullPointerException if a component is null */
    public Delivery {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
