package dev.adhoc.waittimes.acceptance.readme;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;

import java.time.Instant;

/** The README's example of using core from another extension; {@code ReadmeExampleTest} keeps both in sync. */
final class UseCoreFromYourExtension {
    private UseCoreFromYourExtension() {
    }

    static Outcome run() {
        // tag::example[]
        WaitTimesService waitTimes = WaitTimesService.builder()
                .settings(WaitTimeSettings.DEFAULTS.withWindowSize(5))     // average the last 5 orders
                .orderRecords(new InMemoryOrderRecords())                  // or your own OrderRecords
                .samples(new InMemorySampleIndex())                        // or your own SampleIndex
                .publisher(updates -> updates.forEach(u -> System.out.println(
                        u.key() + " waits " + u.figures().average() + " over " + u.figures().sampleSize())))
                .build();

        TenantId nyc = new TenantId("NYC");
        OrderId order = new OrderId("order-1");
        waitTimes.record(new OrderSubmitted(nyc, order, new Drink("Caffe Latte"),
                new Occurrence(Instant.parse("2026-11-27T12:00:00Z"), "bus-event-1")));
        Outcome outcome = waitTimes.record(new OrderCompleted(nyc, order,
                new Occurrence(Instant.parse("2026-11-27T12:02:30Z"), "bus-event-2")));
        // prints "NYC/Caffe Latte waits PT2M30S over 1"; outcome.updates() holds the same update
        // end::example[]
        return outcome;
    }
}
