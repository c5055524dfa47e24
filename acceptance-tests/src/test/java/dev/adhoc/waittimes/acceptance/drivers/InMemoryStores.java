package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.SampleIndex;
import dev.adhoc.waittimes.inmemory.InMemoryOrderRecords;
import dev.adhoc.waittimes.inmemory.InMemorySampleIndex;

/** The in-memory stores behind the Lambda handler: fresh and empty for each extension started. */
public final class InMemoryStores implements LambdaHandlerDriver.Stores {
    private final InMemoryOrderRecords orders = new InMemoryOrderRecords();
    private final InMemoryWaitTimeWindows windows = new InMemoryWaitTimeWindows();

    @Override
    public OrderRecords orderRecords() {
        return orders;
    }

    @Override
    public WaitTimeWindows windows() {
        return windows;
    }

    /** @return the window store, for tests that look at every window */
    public InMemoryWaitTimeWindows inMemoryWindows() {
        return windows;
    }

    /** @return the record store */
    public InMemoryOrderRecords inMemoryOrders() {
        return orders;
    }
}
