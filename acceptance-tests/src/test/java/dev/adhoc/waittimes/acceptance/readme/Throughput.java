package dev.adhoc.waittimes.acceptance.readme;

// The README's example of building an extension of one's own on the engine, quoted there verbatim between the tag
// comments: BuildYourOwnExtensionTest runs it and keeps both in sync; scripts/check-outside-project.sh builds it
// in a project of its own, on the installed artifacts.
// tag::example[]
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Counting;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.SamplesWithin;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Orders completed per tenant in the last 15 minutes: an extension of its own, on the engine of core. */
public final class Throughput {
    /** Every completed order counts once, in its tenant's window, whatever its drink. */
    public static final Counting COMPLETED_ORDERS = Counting.of(
            (tenant, drink) -> Optional.of(WindowKey.tenantWide(tenant)), order -> OptionalLong.of(1));

    /** Its name, what counts, which samples make a window, what a window shows, how long an order is kept. */
    public static final Configuration<Integer> CONFIGURATION = new Configuration<>("throughput", COMPLETED_ORDERS,
            new SamplesWithin(Duration.ofMinutes(15)), Window::size, Duration.ofHours(24));

    public static void main(String[] args) {
        Engine<Integer> throughput = InMemoryEngine.create(CONFIGURATION, Clock.systemUTC()).engine();
        TenantId nyc = new TenantId("NYC");
        Instant noon = Instant.parse("2026-11-27T12:00:00Z");
        for (int minutes : new int[] {0, 10, 30}) {
            OrderCompleted completed = new OrderCompleted(nyc, new OrderId("order-" + minutes),
                    new Occurrence(noon.plus(Duration.ofMinutes(minutes)), "bus-event-" + minutes));
            throughput.record(completed).updates().forEach(u -> System.out.println(
                    u.key() + ": " + u.after() + " orders in the last 15 minutes (was " + u.before() + ")"));
        }
        // prints "NYC: 1 ... (was 0)", "NYC: 2 ... (was 1)", then "NYC: 1 ... (was 2)": at 12:30, the orders
        // completed at 12:00 and 12:10 are out of the window
    }
}
// end::example[]
