package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.inmemory.InMemoryOrderRecords;
import dev.adhoc.waittimes.inmemory.InMemoryWaitTimeWindows;

/** The chaos replay with in-memory stores behind the handler. */
class InMemoryChaosReplayTest extends ChaosReplay {
    @Override
    protected LambdaHandlerDriver driver() {
        return new LambdaHandlerDriver(() -> new LambdaHandlerDriver.Stores() {
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
        });
    }

    @Override
    protected int defaultOrders() {
        return 5_000;
    }

    @Override
    protected String name() {
        return "chaos-in-memory";
    }
}
