package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;

/** The chaos replay with in-memory stores behind the handler. */
class InMemoryChaosReplayTest extends ChaosReplay {
    @Override
    protected LambdaHandlerDriver driver() {
        return new LambdaHandlerDriver(InMemoryStores::new);
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
