package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.workflow.WorkflowDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import org.junit.jupiter.api.DisplayName;

@DisplayName("wait-time scenarios, through the stack's workflow definition in a local interpreter: Lambda handler"
        + " + DynamoDB store over dynalite, emulated PutEvents and SQS")
class WorkflowWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
        return new WorkflowDriver();
    }
}
