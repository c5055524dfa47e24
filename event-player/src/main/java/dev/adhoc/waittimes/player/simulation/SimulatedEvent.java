package dev.adhoc.waittimes.player.simulation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event the simulated coffee bar puts on the bus, before it is written as an EventBridge envelope.
 *
 * @param id         the envelope {@code id} (a UUID drawn from the seed)
 * @param detailType the {@code detail-type}
 * @param time       the envelope {@code time} (whole seconds, UTC)
 * @param detail     the {@code detail}: strings, numbers, booleans, lists and nested maps, in field order
 */
public record SimulatedEvent(String id, String detailType, Instant time, Map<String, Object> detail) {
    /** The {@code source} of every Serverlesspresso event. */
    public static final String SOURCE = "awsserverlessda.serverlesspresso";
    /** The account the simulated events claim to come from. */
    public static final String ACCOUNT = "123456789012";
    /** The region the simulated events claim to come from. */
    public static final String REGION = "us-west-2";

    /** @throws NullPointerException if a component is null */
    public SimulatedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(detail, "detail");
    }
}
