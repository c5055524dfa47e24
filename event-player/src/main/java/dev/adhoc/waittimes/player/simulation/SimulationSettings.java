package dev.adhoc.waittimes.player.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to simulate.
 *
 * @param orders            how many orders the bars take (each one a full lifecycle of bus events)
 * @param tenants           the bars, by tenant name ({@code detail.eventId})
 * @param seed              the seed: the same settings always give the same events, byte for byte
 * @param duplicatePercent  share of events delivered a second time (0 to 100), as EventBridge may
 * @param reorderSeconds    each delivery is delayed by up to this many seconds, so events arrive out of order
 * @param cancelPercent     share of submitted orders the barista cancels (0 to 100)
 * @param start             when the bars open on the first day (simulated time)
 */
public record SimulationSettings(int orders, List<String> tenants, long seed, double duplicatePercent,
                                 int reorderSeconds, double cancelPercent, Instant start) {
    /** Where simulated time starts unless told otherwise: a fixed instant, so that output is reproducible. */
    public static final Instant DEFAULT_START = Instant.parse("2026-11-27T08:00:00Z");

    /** @throws IllegalArgumentException if a value is out of range */
    public SimulationSettings {
        tenants = List.copyOf(tenants);
        Objects.requireNonNull(start, "start");
        if (orders < 0) {
            throw new IllegalArgumentException("orders must not be negative");
        }
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("at least one tenant is needed");
        }
        requirePercent(duplicatePercent, "duplicates");
        requirePercent(cancelPercent, "cancel");
        if (reorderSeconds < 0) {
            throw new IllegalArgumentException("reorder must not be negative");
        }
    }

    private static void requirePercent(double value, String what) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what + " must be a percentage between 0 and 100, was " + value);
        }
    }
}
