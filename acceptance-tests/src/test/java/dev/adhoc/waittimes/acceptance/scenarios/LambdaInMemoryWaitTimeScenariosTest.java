package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.inmemory.InMemoryOrderRecords;
import dev.adhoc.waittimes.inmemory.InMemoryWaitTimeWindows;
import org.junit.jupiter.api.DisplayName;

@DisplayName("wait-time scenarios, as EventBridge JSON through the Lambda handler, in-memory stores")
class LambdaInMemoryWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
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
}
