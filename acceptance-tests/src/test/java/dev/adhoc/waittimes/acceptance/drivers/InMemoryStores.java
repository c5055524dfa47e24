package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;

/**
 * The in-memory stores behind the Lambda handler: fresh and empty for each extension started.
 *
 * @param orderRecords the record store
 * @param samples      the sample index, for tests that look at every stored sample
 */
public record InMemoryStores(InMemoryOrderRecords orderRecords, InMemorySampleIndex samples)
        implements LambdaHandlerDriver.Stores {
    /** Empty stores on the drivers' clock. */
    public InMemoryStores() {
        this(new InMemoryOrderRecords(InMemoryDriver.CLOCK), new InMemorySampleIndex(InMemoryDriver.CLOCK));
    }
}
