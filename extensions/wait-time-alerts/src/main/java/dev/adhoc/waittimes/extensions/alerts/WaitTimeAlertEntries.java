package dev.adhoc.waittimes.extensions.alerts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.engine.Update;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code OrderManager.WaitTimeAlert} event of an update whose p90 crossed the threshold, from its figures before
 * and after alone: RAISED when {@code before <= threshold < after}, CLEARED when {@code before > threshold >= after},
 * nothing otherwise (a redelivery that re-announces an unchanged window crosses nothing).
 *
 * @param eventBusName the bus the entries name
 * @param threshold    the p90 above which a drink is alerted, not negative (default 5 minutes)
 */
public record WaitTimeAlertEntries(String eventBusName, Duration threshold) {
    /** The detail-type of the emitted event. */
    public static final String DETAIL_TYPE = "OrderManager.WaitTimeAlert";
    /** The threshold unless configured. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofMinutes(5);

    /** Which way the p90 crossed the threshold. */
    public enum State { RAISED, CLEARED }

    /** @throws IllegalArgumentException if the threshold is negative */
    public WaitTimeAlertEntries {
        if (eventBusName.isEmpty() || threshold.isNegative()) {
            throw new IllegalArgumentException("a bus name and a threshold of 0 or more are needed, was " + threshold);
        }
    }

    /** @return whether a p90 is above the threshold, where a drink is alerted */
    public boolean isAbove(Duration p90) {
        return p90.compareTo(threshold) > 0;
    }

    /** @return which way the update's p90 crossed the threshold, if it did */
    public Optional<State> crossing(Update<Duration> update) {
        boolean above = isAbove(update.after());
        return above == isAbove(update.before()) ? Optional.empty()
                : Optional.of(above ? State.RAISED : State.CLEARED);
    }

    /** @return the entry that puts the update's alert on the bus, if the update crossed the threshold */
    public Optional<PutEventsEntry> entry(Update<Duration> update) {
        return crossing(update).map(state -> {
            ObjectNode detail = JsonNodeFactory.instance.objectNode().put("eventId", update.key().tenant().value())
                    .put("drink", update.key().scope()).put("p90", seconds(update.after()))
                    .put("threshold", seconds(threshold)).put("state", state.name())
                    .put("sampleSize", update.window().size());
            update.asOf().ifPresent(asOf -> detail.put("asOf", asOf.toString()));
            detail.put("updateId", update.updateId()).put("schemaVersion", "1");
            return new PutEventsEntry(ConsumedDetailTypes.SOURCE, DETAIL_TYPE, eventBusName, detail.toString());
        });
    }

    /** @return seconds with millisecond precision, written plain without trailing zeros ({@code 301.5}, {@code 300}) */
    static BigDecimal seconds(Duration duration) {
        return new BigDecimal(BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString());
    }
}
