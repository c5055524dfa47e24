package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.InMemoryDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import org.junit.jupiter.api.DisplayName;

@DisplayName("wait-time scenarios, in memory")
class InMemoryWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
        return new InMemoryDriver();
    }
}
