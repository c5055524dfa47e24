package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * The detail of the emitted {@code OrderManager.DrinkAverageTime} event. {@code eventId}, {@code drink} and
 * {@code duration} keep the reference extension's names and units exactly (front ends depend on them); the other
 * fields are additions.
 *
 * @param eventId       the tenant
 * @param drink         the drink
 * @param duration      the average wait of the window, in seconds with millisecond precision (a JSON number)
 * @param durationMs    the same in whole milliseconds (since version 2; {@code null} when read from a version 1 detail)
 * @param sampleSize    how many orders the figures come from (0 for a window emptied by a withdrawal)
 * @param windowSize    the most orders a window holds ({@code N})
 * @param p50           the median wait in seconds (nearest rank)
 * @param p50Ms         the same in whole milliseconds (since version 2)
 * @param p90           the 90th percentile wait in seconds (nearest rank)
 * @param p90Ms         the same in whole milliseconds (since version 2)
 * @param asOf          the latest completion time in the window, ISO-8601 UTC; omitted for an emptied window
 * @param updateId      deterministic id of the window's content, for consumers to drop duplicates
 * @param schemaVersion the version of this detail's shape: {@link #SCHEMA_VERSION} when written here, {@code "1"} in
 *                      older archives
 */
@JsonPropertyOrder({"eventId", "drink", "duration", "durationMs", "sampleSize", "windowSize", "p50", "p50Ms", "p90",
        "p90Ms", "asOf", "updateId", "schemaVersion"})
public record DrinkAverageTimeDetail(
        String eventId,
        String drink,
        BigDecimal duration,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long durationMs,
        int sampleSize,
        int windowSize,
        BigDecimal p50,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long p50Ms,
        BigDecimal p90,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long p90Ms,
        @JsonInclude(JsonInclude.Include.NON_NULL) String asOf,
        String updateId,
        String schemaVersion) {
    /** The version of the detail's shape this code writes: 2 added the integer millisecond fields. */
    public static final String SCHEMA_VERSION = "2";
}
