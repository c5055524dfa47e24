package dev.adhoc.waittimes.extensions.alerts.acceptance;

import dev.adhoc.waittimes.extensiontesting.Stores;

/** The alert scenarios on the in-memory adapters. */
class InMemoryAlertScenariosTest extends AlertScenarios {
    @Override
    Stores stores() {
        return Stores.inMemory(CLOCK);
    }
}
