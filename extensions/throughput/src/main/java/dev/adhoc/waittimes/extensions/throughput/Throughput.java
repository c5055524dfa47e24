package dev.adhoc.waittimes.extensions.throughput;

import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Counting;
import dev.adhoc.waittimes.core.engine.SamplesWithin;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What throughput counts: per tenant, the completed orders whose completion (its earliest report) lies in the
 * {@value #MINUTES} minutes up to and including the tenant's latest completion, in event time. Every completed order
 * counts, whether or not its submission was seen; nothing is rejected.
 */
public final class Throughput {
    /** The extension's name, and its stores' key prefix. */
    public static final String NAME = "throughput";
    /** How far back from the latest completion an order counts, in minutes. */
    public static final int MINUTES = 15;
    /** Every completed order counts once, in its tenant's window, whatever its drink. */
    public static final Counting COMPLETED_ORDERS = Counting.of(
            (tenant, drink) -> Optional.of(WindowKey.tenantWide(tenant)), order -> OptionalLong.of(1));

    private Throughput() {
    }

    /** @return the engine's configuration: a window's figure is how many orders it holds; records kept 24 hours */
    public static Configuration<Integer> configuration() {
        return new Configuration<>(NAME, COMPLETED_ORDERS, new SamplesWithin(Duration.ofMinutes(MINUTES)), Window::size,
                Duration.ofHours(24));
    }
}
