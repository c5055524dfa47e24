package dev.adhoc.waittimes.extensions.alerts;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Counting;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What wait-time alerts count: per tenant and drink, the waits of the last {@value #WINDOW} completed orders; a window
 * shows their p90. Every wait counts however long (slow orders are what an alert is about); a negative one is rejected.
 */
public final class WaitTimeAlerts implements Counting {
    /** The extension's name, and its stores' key prefix. */
    public static final String NAME = "wait-time-alerts";
    /** How many latest completions of a drink the p90 is taken over. */
    public static final int WINDOW = 20;

    private WaitTimeAlerts() {
    }

    /** @return the engine's configuration (records are kept 24 hours after their last report) */
    public static Configuration<Duration> configuration() {
        return new Configuration<>(NAME, new WaitTimeAlerts(), new LatestSamples(WINDOW), WaitTimeAlerts::p90,
                Duration.ofHours(24));
    }

    @Override
    public Optional<WindowKey> key(TenantId tenant, Optional<Drink> drink) {
        return drink.map(d -> new WindowKey(tenant, d));
    }

    @Override
    public OptionalLong value(OrderRecord r) {
        return r.submission().isEmpty() || r.completion().isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(waitOf(r.submission().get(), r.completion().get()).toMillis());
    }

    @Override
    public Optional<Violation> check(Submission s, Occurrence c) {
        return !waitOf(s, c).isNegative() ? Optional.empty() : Optional.of(new Violation(RejectionReason.NEGATIVE_WAIT,
                "completed at " + c.time() + " (event " + c.eventId() + "), before it was submitted at "
                        + s.occurrence().time() + " (event " + s.occurrence().eventId() + ")"));
    }

    /** @return the nearest-rank 90th percentile of the window's waits; zero for an empty window */
    public static Duration p90(Window window) {
        long[] waits = window.samples().stream().mapToLong(Sample::value).sorted().toArray();
        return waits.length == 0 ? Duration.ZERO : Duration.ofMillis(waits[(9 * waits.length + 9) / 10 - 1]);
    }

    private static Duration waitOf(Submission s, Occurrence completion) {
        return Duration.between(s.occurrence().time(), completion.time());
    }
}
