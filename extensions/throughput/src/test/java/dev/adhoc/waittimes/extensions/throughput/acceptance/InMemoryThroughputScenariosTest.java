package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.extensiontesting.Stores;

/** The throughput scenarios on the in-memory adapters. */
class InMemoryThroughputScenariosTest extends ThroughputScenarios {
    @Override
    Stores stores() {
        return Stores.inMemory(CLOCK);
    }
}
