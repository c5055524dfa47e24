package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import org.junit.jupiter.api.DisplayName;

@DisplayName("wait-time scenarios, as EventBridge JSON through the Lambda handler, in-memory stores")
class LambdaInMemoryWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
        return new LambdaHandlerDriver(InMemoryStores::new);
    }
}
