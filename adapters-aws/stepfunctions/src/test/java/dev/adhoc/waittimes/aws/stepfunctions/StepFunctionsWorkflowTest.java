package dev.adhoc.waittimes.aws.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.adhoc.waittimes.aws.stepfunctions.AwsApiStub.AMZ_JSON;
import static dev.adhoc.waittimes.aws.stepfunctions.Recorded.EVENT_ID;
import static dev.adhoc.waittimes.aws.stepfunctions.Recorded.STATE_MACHINE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter against a loopback stub of the Step Functions API answering the recorded response shapes. */
class StepFunctionsWorkflowTest {
    private AwsApiStub stub;
    private StepFunctionsWorkflow workflow;

    @BeforeEach
    void start() {
        stub = AwsApiStub.start();
        workflow = StepFunctionsWorkflow.connect(StepFunctionsSettings.loopback(stub.endpoint()), STATE_MACHINE_ARN);
    }

    @AfterEach
    void stop() {
        workflow.close();
        stub.close();
    }

    @Test
    void sendsTheEventUnchangedAsInputOfASyncExecutionNamedAfterItsId() throws Exception {
        stub.respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        workflow.run(Recorded.event());

        LoopbackAwsApi.Request request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("X-Amz-Target")).isEqualTo("AWSStepFunctions.StartSyncExecution");
        assertThat(request.header("Content-Type")).isEqualTo(AMZ_JSON);
        // no "sync-states." prefix in front of the loopback host: the request reached the stub as addressed
        assertThat(request.header("Host")).isEqualTo(stub.endpoint().getAuthority());
        JsonNode body = Recorded.JSON.readTree(request.body());
        assertThat(body.get("stateMachineArn").asText()).isEqualTo(STATE_MACHINE_ARN);
        assertThat(body.get("input").asText()).isEqualTo(Recorded.event());
        assertThat(body.get("name").asText()).matches(EVENT_ID + "-[0-9a-z]{8}");
    }

    @Test
    void aSucceededExecutionYieldsTheEntriesItEmitted() {
        stub.respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        WorkflowOutcome outcome = workflow.run(Recorded.event());

        assertThat(outcome).isEqualTo(new WorkflowOutcome.Emitted(WorkflowOutcome.Status.ACCEPTED,
                List.of(new EmittedEntry("awsserverlessda.serverlesspresso", "OrderManager.DrinkAverageTime",
                        "Serverlesspresso",
                        "{\"eventId\":\"NYC\",\"drink\":\"Caffe Latte\",\"duration\":23.4,\"sampleSize\":1,\"windowSize\":10}")),
                new Execution("arn:aws:states:us-west-2:123456789012:express:WaitTimesWorkflow:"
                        + EVENT_ID + "-k3x9q2mz:0d3f6a1e-2b4c-4d5e-8f9a-1b2c3d4e5f60",
                        EVENT_ID + "-k3x9q2mz", Duration.ofMillis(178), Duration.ofMillis(200), 64)));
    }

    @Test
    void aFailedExecutionIsReportedWithItsErrorAndCause() {
        stub.respond(200, AMZ_JSON, Recorded.text("start-sync-execution-failed.json"));

        WorkflowOutcome outcome = workflow.run(Recorded.event());

        assertThat(outcome).isInstanceOfSatisfying(WorkflowOutcome.Failed.class, failed -> {
            assertThat(failed.error()).isEqualTo("software.amazon.awssdk.core.exception.SdkClientException");
            assertThat(failed.cause()).startsWith("{\"errorMessage\":\"Unable to execute HTTP request");
            assertThat(failed.execution().arn()).endsWith(":" + EVENT_ID + "-p0w8d1ra:7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
            assertThat(failed.execution().billedDuration()).isEqualTo(Duration.ofMillis(3100));
        });
    }

    @Test
    void aTimedOutExecutionIsReportedWithItsError() {
        stub.respond(200, AMZ_JSON, Recorded.text("start-sync-execution-timed-out.json"));

        WorkflowOutcome outcome = workflow.run(Recorded.event());

        assertThat(outcome).isInstanceOfSatisfying(WorkflowOutcome.TimedOut.class, timedOut -> {
            assertThat(timedOut.error()).isEqualTo("States.Timeout");
            assertThat(timedOut.cause()).isEmpty();
            assertThat(timedOut.execution().name()).isEqualTo(EVENT_ID + "-t5v7b3ne");
            assertThat(timedOut.execution().elapsed()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void aRejectionComesBackTyped() {
        stub.respond(200, AMZ_JSON, Recorded.succeededWithOutput("{\"status\":\"REJECTED\",\"entries\":[],"
                + "\"rejection\":{\"reason\":\"MISSING_FIELD\",\"message\":\"detail.orderId is missing\","
                + "\"eventRef\":\"" + EVENT_ID + "\"}}"));

        WorkflowOutcome outcome = workflow.run(Recorded.event());

        assertThat(outcome).isInstanceOfSatisfying(WorkflowOutcome.Rejected.class, rejected -> {
            assertThat(rejected.rejection()).isEqualTo(
                    new Rejection(RejectionReason.MISSING_FIELD, "detail.orderId is missing", EVENT_ID));
            assertThat(rejected.entries()).isEmpty();
        });
    }

    @Test
    void aCallTheServiceRefusesIsAnErrorNamingTheExecution() {
        stub.respond(400, AMZ_JSON, "{\"__type\":\"com.amazonaws.swf.base.model#StateMachineDoesNotExist\","
                + "\"message\":\"State Machine Does Not Exist: '" + STATE_MACHINE_ARN + "'\"}");

        assertThatThrownBy(() -> workflow.run(Recorded.event()))
                .isInstanceOfSatisfying(WorkflowCallException.class, e -> {
                    assertThat(e.stateMachineArn()).isEqualTo(STATE_MACHINE_ARN);
                    assertThat(e.executionName()).startsWith(EVENT_ID + "-");
                })
                .hasMessageContaining("State Machine Does Not Exist");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void twoRunsOfTheSameEventGetDistinctNames() throws Exception {
        String response = Recorded.text("start-sync-execution-succeeded.json");
        stub.respond(200, AMZ_JSON, response).respond(200, AMZ_JSON, response);

        workflow.run(Recorded.event());
        workflow.run(Recorded.event());

        List<String> names = stub.requests().stream().map(r -> nameOf(r.body())).toList();
        assertThat(names).hasSize(2).doesNotHaveDuplicates().allMatch(n -> n.startsWith(EVENT_ID + "-"));
    }

    private static String nameOf(String body) {
        try {
            return Recorded.JSON.readTree(body).get("name").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
