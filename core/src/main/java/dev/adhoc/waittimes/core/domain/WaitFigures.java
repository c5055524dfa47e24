package dev.adhoc.waittimes.core.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures a window summarizes to. Waits have millisecond precision.
 *
 * @param average    the mean wait (zero for an empty window)
 * @param p50        the median wait, nearest-rank (zero for an empty window)
 * @param p90        the 90th percentile wait, nearest-rank (zero for an empty window)
 * @param sampleSize how many samples the figures come from
 */
public record WaitFigures(Duration average, Duration p50, Duration p90, int sampleSize) {
    /** @throws NullPointerException if a duration is null */
    public WaitFigures {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative");
        }
    }
}
