package dev.adhoc.waittimes.acceptance.dsl;

import org.assertj.core.api.AbstractAssert;

import java.math.BigDecimal;
import java.util.Optional;

/** Assertions on what a screen shows, in the scenario's words. */
public final class WaitTimeAssert extends AbstractAssert<WaitTimeAssert, Optional<ObservedWaitTime>> {

    private WaitTimeAssert(Optional<ObservedWaitTime> actual) {
        super(actual, WaitTimeAssert.class);
    }

    /** @return assertions on the latest wait time of a drink */
    public static WaitTimeAssert assertThatWaitTime(Optional<ObservedWaitTime> actual) {
        return new WaitTimeAssert(actual);
    }

    /** No update was ever emitted for the drink. */
    public WaitTimeAssert isNotShown() {
        if (actual.isPresent()) {
            failWithMessage("expected no wait time, but the screen shows %s", actual.get());
        }
        return this;
    }

    /** The average wait, in seconds (e.g. {@code "150.000"} or {@code "150"}). */
    public WaitTimeAssert averages(String seconds) {
        ObservedWaitTime w = shown();
        if (w.duration().compareTo(new BigDecimal(seconds)) != 0) {
            failWithMessage("expected an average of %s s, but the screen shows %s s (%s)", seconds, w.duration(), w);
        }
        return this;
    }

    /** The median and 90th percentile waits, in seconds. */
    public WaitTimeAssert hasPercentiles(String p50, String p90) {
        ObservedWaitTime w = shown();
        if (w.p50().compareTo(new BigDecimal(p50)) != 0 || w.p90().compareTo(new BigDecimal(p90)) != 0) {
            failWithMessage("expected p50 %s s and p90 %s s, but got p50 %s s and p90 %s s", p50, p90, w.p50(), w.p90());
        }
        return this;
    }

    /** How many orders the average is over. */
    public WaitTimeAssert over(int samples) {
        ObservedWaitTime w = shown();
        if (w.sampleSize() != samples) {
            failWithMessage("expected an average over %s orders, but it is over %s (%s)", samples, w.sampleSize(), w);
        }
        return this;
    }

    /** The window's size N. */
    public WaitTimeAssert ofAWindowOf(int n) {
        ObservedWaitTime w = shown();
        if (w.windowSize() != n) {
            failWithMessage("expected a window of %s, but it is %s", n, w.windowSize());
        }
        return this;
    }

    private ObservedWaitTime shown() {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("expected a wait time on the screen, but none was ever emitted");
        }
        return actual.get();
    }
}
