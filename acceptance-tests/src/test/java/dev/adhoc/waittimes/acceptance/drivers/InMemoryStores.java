package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;

/** The in-memory stores behind the Lambda handler: fresh and empty for each extension started. */
public final class InMemoryStores implements LambdaHandlerDriver.Stores {
    private final InMemoryOrderRecords orders = new InMemoryOrderRecords(InMemoryDriver.CLOCK);
    private final InMemorySampleIndex samples = new InMemorySampleIndex(InMemoryDriver.CLOCK);

    @Override
    public OrderRecords orderRecords() {
        return orders;
    }

    @Override
    public SampleIndex samples() {
        return samples;
    }

    /** @return the sample index, for tests that look at every stored sample */
    public InMemorySampleIndex inMemorySamples() {
        return samples;
    }

    /** @return the record store */
    public InMemoryOrderRecords inMemoryOrders() {
        return orders;
    }
}
