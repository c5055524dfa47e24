package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.engine.LatestSamples;

import java.time.Duration;
import java.util.Objects;

/**
 * The extension's configuration.
 *
 * @param windowSize     {@code N}: how many latest completed orders a key averages (1 to 1000, default 10)
 * @param maxWait        the ceiling above which a wait is rejected (default 15 minutes, the barista time-out)
 * @param orderRetention how long an open order's record is kept after its last event (default 24 hours); a
 *                       completion waiting for its submission expires with it
 * @param completionMode which events count as completion (default {@link CompletionMode#COMPLETED})
 */
public record WaitTimeSettings(int windowSize, Duration maxWait, Duration orderRetention, CompletionMode completionMode) {
    /** The contract's defaults: 10 orders, 15 minutes, 24 hours, completed events. */
    public static final WaitTimeSettings DEFAULTS =
            new WaitTimeSettings(10, Duration.ofMinutes(15), Duration.ofHours(24), CompletionMode.COMPLETED);

    /** @throws IllegalArgumentException if a value is out of range */
    public WaitTimeSettings {
        LatestSamples.requireCapacity(windowSize);
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(orderRetention, "orderRetention");
        Objects.requireNonNull(completionMode, "completionMode");
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive");
        }
        if (orderRetention.isNegative() || orderRetention.isZero()) {
            throw new IllegalArgumentException("orderRetention must be positive");
        }
    }

    /** @return these settings with another window size */
    public WaitTimeSettings withWindowSize(int size) {
        return new WaitTimeSettings(size, maxWait, orderRetention, completionMode);
    }

    /** @return these settings with another wait ceiling */
    public WaitTimeSettings withMaxWait(Duration ceiling) {
        return new WaitTimeSettings(windowSize, ceiling, orderRetention, completionMode);
    }

    /** @return these settings with another order retention */
    public WaitTimeSettings withOrderRetention(Duration retention) {
        return new WaitTimeSettings(windowSize, maxWait, retention, completionMode);
    }

    /** @return these settings with another completion mode */
    public WaitTimeSettings withCompletionMode(CompletionMode mode) {
        return new WaitTimeSettings(windowSize, maxWait, orderRetention, mode);
    }
}
