package dev.adhoc.waittimes.aws.stepfunctions;

import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.time.Duration;

import static dev.adhoc.waittimes.aws.stepfunctions.AwsApiStub.AMZ_JSON;
import static dev.adhoc.waittimes.aws.stepfunctions.Recorded.STATE_MACHINE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Throttling is retried, bounded; nothing else is, since the execution may have run. */
class ThrottlingRetryTest {
    private static final String THROTTLED = Recorded.text("throttling-exception.json");

    private final AwsApiStub stub = AwsApiStub.start();
    // a 1 ms backoff keeps the test fast; the bound and the retry condition are what is checked
    private final StepFunctionsWorkflow workflow = StepFunctionsWorkflow.connect(
            StepFunctionsSettings.loopback(stub.endpoint())
                    .withThrottlingRetries(3, Duration.ofMillis(1), Duration.ofMillis(1)),
            STATE_MACHINE_ARN);

    @AfterEach
    void stop() {
        workflow.close();
        stub.close();
    }

    @Test
    void throttlingTwiceThenSuccessTakesThreeAttemptsOfTheSameRequest() {
        stub.respond(400, AMZ_JSON, THROTTLED).respond(400, AMZ_JSON, THROTTLED)
                .respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        WorkflowOutcome outcome = workflow.run(Recorded.event());

        assertThat(outcome).isInstanceOf(WorkflowOutcome.Emitted.class);
        assertThat(stub.requests()).hasSize(3);
        assertThat(stub.requests()).extracting(LoopbackAwsApi.Request::body).containsOnly(stub.requests().get(0).body());
    }

    @Test
    void throttlingBeyondTheBoundIsReportedAfterMaxAttempts() {
        stub.respond(400, AMZ_JSON, THROTTLED).respond(400, AMZ_JSON, THROTTLED).respond(400, AMZ_JSON, THROTTLED)
                .respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        assertThatThrownBy(() -> workflow.run(Recorded.event()))
                .isInstanceOf(WorkflowCallException.class)
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("Rate exceeded")
                .cause().isInstanceOfSatisfying(SdkServiceException.class,
                        e -> assertThat(e.isThrottlingException()).isTrue());
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void aServerErrorIsNotRetriedBecauseTheExecutionMayHaveRun() {
        stub.respond(500, AMZ_JSON, "{\"__type\":\"InternalFailure\",\"message\":\"internal\"}")
                .respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        assertThatThrownBy(() -> workflow.run(Recorded.event())).isInstanceOf(WorkflowCallException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aTooManyRequestsStatusCountsAsThrottling() {
        stub.respond(429, AMZ_JSON, "{\"__type\":\"TooManyRequestsException\",\"message\":\"slow down\"}")
                .respond(200, AMZ_JSON, Recorded.text("start-sync-execution-succeeded.json"));

        assertThat(workflow.run(Recorded.event())).isInstanceOf(WorkflowOutcome.Emitted.class);
        assertThat(stub.requests()).hasSize(2);
    }
}
