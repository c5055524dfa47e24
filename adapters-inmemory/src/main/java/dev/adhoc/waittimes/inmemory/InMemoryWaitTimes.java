package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

import java.time.Clock;

/**
 * The whole extension in memory: a {@link WaitTimesService} over in-memory order records and samples, with its
 * updates and rejections recorded. The quickest way to run the extension in a test or a tool.
 *
 * @param service    the use cases
 * @param orders     the order records
 * @param samples    the sample index
 * @param updates    every update published
 * @param rejections every rejection reported
 */
public record InMemoryWaitTimes(WaitTimesService service, InMemoryOrderRecords orders, InMemorySampleIndex samples,
                                RecordingPublisher updates, CountingRejectionReporter rejections) {

    /** @return the extension with these settings, keeping the history of updates, on this clock */
    public static InMemoryWaitTimes create(WaitTimeSettings settings, Clock clock) {
        return create(settings, clock, RecordingPublisher.withHistory(), WaitTimePublisher.none());
    }

    /**
     * @param settings the configuration
     * @param clock    the clock of record expiry
     * @param updates  records the updates
     * @param also     another publisher every update also goes to (a screen, stdout)
     * @return the extension
     */
    public static InMemoryWaitTimes create(WaitTimeSettings settings, Clock clock, RecordingPublisher updates,
                                           WaitTimePublisher also) {
        InMemoryOrderRecords orders = new InMemoryOrderRecords(clock);
        InMemorySampleIndex samples = new InMemorySampleIndex(clock);
        CountingRejectionReporter rejections = new CountingRejectionReporter();
        WaitTimesService service = WaitTimesService.builder()
                .settings(settings)
                .orderRecords(orders)
                .samples(samples)
                .publisher(list -> {
                    updates.publish(list);
                    also.publish(list);
                })
                .rejections(rejections)
                .clock(clock)
                .build();
        return new InMemoryWaitTimes(service, orders, samples, updates, rejections);
    }
}
