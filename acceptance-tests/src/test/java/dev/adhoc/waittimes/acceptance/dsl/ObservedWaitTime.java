package dev.adhoc.waittimes.acceptance.dsl;

import java.math.BigDecimal;

/**
 * A {@code OrderManager.DrinkAverageTime} update as a screen would see it. Durations in seconds, millisecond
 * precision, exactly as on the bus.
 *
 * @param tenant     {@code detail.eventId}
 * @param drink      {@code detail.drink}
 * @param duration   {@code detail.duration}: the average wait in seconds
 * @param p50        median wait in seconds
 * @param p90        90th percentile wait in seconds
 * @param sampleSize how many orders it averages
 * @param windowSize the most orders it may average
 * @param updateId   the deterministic id of the window's content
 */
public record ObservedWaitTime(String tenant, String drink, BigDecimal duration, BigDecimal p50, BigDecimal p90,
                               int sampleSize, int windowSize, String updateId) {
}
