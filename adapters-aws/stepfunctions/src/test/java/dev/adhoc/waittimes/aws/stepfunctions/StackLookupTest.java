package dev.adhoc.waittimes.aws.stepfunctions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.adhoc.waittimes.aws.stepfunctions.AwsApiStub.AMZ_JSON;
import static dev.adhoc.waittimes.aws.stepfunctions.Recorded.STATE_MACHINE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the state machine from properties, directly or through the stack's outputs (stubbed CloudFormation). */
class StackLookupTest {
    private static final String XML = "text/xml";

    private final AwsApiStub stub = AwsApiStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void readsTheStackOutputs() {
        stub.respond(200, XML, Recorded.text("describe-stacks.xml"));

        StackOutputs outputs;
        try (CloudFormationClient cloudFormation =
                     StepFunctionsClients.cloudFormation(StepFunctionsSettings.loopback(stub.endpoint()))) {
            outputs = StackOutputs.describe(cloudFormation, "WaitTimesExtension");
        }

        assertThat(outputs.stateMachineArn()).isEqualTo(STATE_MACHINE_ARN);
        assertThat(outputs.values()).containsEntry("TableName", "WaitTimesExtension-Table-1A2B3C");
        assertThat(form(stub.requests().get(0).body()))
                .containsEntry("Action", "DescribeStacks").containsEntry("StackName", "WaitTimesExtension");
    }

    @Test
    void aMissingOutputNamesTheStackAndTheOutputsItHas() {
        StackOutputs outputs = new StackOutputs("WaitTimesExtension", Map.of("TableName", "t", "FunctionName", "f"));

        assertThatThrownBy(outputs::stateMachineArn).isInstanceOf(IllegalStateException.class)
                .hasMessage("stack WaitTimesExtension has no output StateMachineArn (outputs: [FunctionName, TableName])");
    }

    @Test
    void theStackPropertyRunsEventsOnTheStateMachineOfItsOutputs() throws Exception {
        stub.respond(200, XML, Recorded.text("describe-stacks.xml"))
                .respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        try (StepFunctionsWorkflow workflow = StepFunctionsWorkflow.fromProperties(Map.of(
                StepFunctionsWorkflow.STACK_PROPERTY, "WaitTimesExtension",
                StepFunctionsSettings.ENDPOINT_PROPERTY, stub.endpoint().toString()))) {
            assertThat(workflow.stateMachineArn()).isEqualTo(STATE_MACHINE_ARN);
            assertThat(workflow.run(Recorded.event())).isInstanceOf(WorkflowOutcome.Emitted.class);
        }

        assertThat(stub.requests()).hasSize(2);
        assertThat(Recorded.JSON.readTree(stub.requests().get(1).body()).get("stateMachineArn").asText())
                .isEqualTo(STATE_MACHINE_ARN);
    }

    @Test
    void anExplicitArnWinsAndNeedsNoStack() {
        try (StepFunctionsWorkflow workflow = StepFunctionsWorkflow.fromProperties(Map.of(
                StepFunctionsWorkflow.STATE_MACHINE_ARN_PROPERTY, "arn:aws:states:eu-west-1:1:stateMachine:X",
                StepFunctionsWorkflow.STACK_PROPERTY, "WaitTimesExtension",
                StepFunctionsSettings.ENDPOINT_PROPERTY, stub.endpoint().toString()))) {
            assertThat(workflow.stateMachineArn()).isEqualTo("arn:aws:states:eu-west-1:1:stateMachine:X");
        }
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void withoutArnOrStackItSaysWhatToSet() {
        assertThatThrownBy(() -> StepFunctionsWorkflow.fromProperties(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dwaittimes.stateMachineArn=").hasMessageContaining("-Dwaittimes.stack=");
    }

    private static Map<String, String> form(String body) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }
}
