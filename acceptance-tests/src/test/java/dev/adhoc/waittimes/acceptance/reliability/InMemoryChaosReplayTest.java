package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;

import java.util.List;

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
    protected List<CompletionMode> modes() {
        return List.of(CompletionMode.COMPLETED, CompletionMode.FINISHED);
    }

    @Override
    protected String name() {
        return "chaos-in-memory";
    }
}
