package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import org.junit.jupiter.api.DisplayName;

@DisplayName("wait-time scenarios, on the AWS adapters: Lambda handler + DynamoDB store over dynalite")
class DynamoDbWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
        return new LambdaHandlerDriver(DynamoDbStores::new);
    }
}
