package dev.adhoc.waittimes.aws.stepfunctions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping of an execution's response to an outcome, including outputs that break the contract. */
class ExecutionResultsTest {
    private static final String ARN = "arn:aws:states:us-west-2:123456789012:express:WaitTimesWorkflow:n-1:u-1";
    private static final String ENTRY = "{\"Source\":\"s\",\"DetailType\":\"OrderManager.DrinkAverageTime\","
            + "\"EventBusName\":\"b\",\"Detail\":\"{\\\"eventId\\\":\\\"NYC\\\"}\"}";
    private static final EmittedEntry EMITTED =
            new EmittedEntry("s", "OrderManager.DrinkAverageTime", "b", "{\"eventId\":\"NYC\"}");

    @Test
    void readsTheHandlerResultAtTheTopLevel() {
        WorkflowOutcome outcome = succeeded("{\"status\":\"ACCEPTED\",\"entries\":[" + ENTRY + "," + ENTRY + "]}");

        assertThat(outcome).isInstanceOfSatisfying(WorkflowOutcome.Emitted.class, emitted -> {
            assertThat(emitted.status()).isEqualTo(WorkflowOutcome.Status.ACCEPTED);
            assertThat(emitted.entries()).containsExactly(EMITTED, EMITTED);
        });
    }

    @Test
    void readsTheHandlerResultUnderAResultField() {
        WorkflowOutcome outcome = succeeded("{\"version\":\"0\",\"id\":\"e-1\",\"detail\":{},"
                + "\"result\":{\"status\":\"ACCEPTED\",\"entries\":[" + ENTRY + "]}}");

        assertThat(outcome).isInstanceOfSatisfying(WorkflowOutcome.Emitted.class,
                emitted -> assertThat(emitted.entries()).containsExactly(EMITTED));
    }

    @Test
    void anIgnoredEventEmitsNothing() {
        assertThat(succeeded("{\"status\":\"IGNORED\",\"entries\":[]}")).isInstanceOfSatisfying(
                WorkflowOutcome.Emitted.class, emitted -> {
                    assertThat(emitted.status()).isEqualTo(WorkflowOutcome.Status.IGNORED);
                    assertThat(emitted.entries()).isEmpty();
                });
    }

    @Test
    void keepsTheExecutionForTracing() {
        StartSyncExecutionResponse response = StartSyncExecutionResponse.builder().executionArn(ARN).name("n-1")
                .status(SyncExecutionStatus.SUCCEEDED).output("{\"status\":\"IGNORED\",\"entries\":[]}")
                .startDate(Instant.parse("2022-10-14T12:00:00Z")).stopDate(Instant.parse("2022-10-14T12:00:00.250Z"))
                .build();

        assertThat(ExecutionResults.outcomeOf(response).execution())
                .isEqualTo(new Execution(ARN, "n-1", Duration.ofMillis(250), Duration.ZERO, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "{\"entries\":[]}",
        "{\"result\":{\"entries\":[]}}",
        "{\"status\":\"DONE\",\"entries\":[]}",
        "{\"status\":\"ACCEPTED\"}",
        "{\"status\":\"ACCEPTED\",\"entries\":{}}",
        "{\"status\":\"ACCEPTED\",\"entries\":[{\"Source\":\"s\",\"DetailType\":\"d\",\"EventBusName\":\"b\"}]}",
        "{\"status\":\"ACCEPTED\",\"entries\":[{\"Source\":\"s\",\"DetailType\":\"d\",\"EventBusName\":\"b\",\"Detail\":{}}]}",
        "{\"status\":\"REJECTED\",\"entries\":[]}",
        "{\"status\":\"REJECTED\",\"entries\":[],\"rejection\":{\"reason\":\"BAD\",\"message\":\"m\",\"eventRef\":\"e\"}}",
        "{\"status\":\"REJECTED\",\"entries\":[],\"rejection\":{\"reason\":\"NOT_JSON\",\"message\":\"m\"}}"
    })
    void anOutputThatIsNotTheHandlerResultIsAnErrorNamingTheExecution(String output) {
        assertThatThrownBy(() -> succeeded(output))
                .isInstanceOfSatisfying(UnexpectedWorkflowOutputException.class, e -> {
                    assertThat(e.executionArn()).isEqualTo(ARN);
                    assertThat(e.output()).isEqualTo(output);
                })
                .hasMessageContaining(ARN);
    }

    @Test
    void aSucceededExecutionWithoutOutputIsAnError() {
        assertThatThrownBy(() -> ExecutionResults.outcomeOf(response(SyncExecutionStatus.SUCCEEDED, null)))
                .isInstanceOf(UnexpectedWorkflowOutputException.class).hasMessageContaining("no handler result");
    }

    @Test
    void anUnknownExecutionStatusIsAnError() {
        StartSyncExecutionResponse response = StartSyncExecutionResponse.builder().executionArn(ARN).name("n-1")
                .status("PAUSED").build();

        assertThatThrownBy(() -> ExecutionResults.outcomeOf(response))
                .isInstanceOf(UnexpectedWorkflowOutputException.class).hasMessageContaining("PAUSED");
    }

    @Test
    void aFailureWithoutErrorOrCauseStillReportsTheExecution() {
        WorkflowOutcome outcome = ExecutionResults.outcomeOf(response(SyncExecutionStatus.FAILED, null));

        assertThat(outcome).isEqualTo(new WorkflowOutcome.Failed("", "",
                new Execution(ARN, "n-1", Duration.ZERO, Duration.ZERO, 0)));
    }

    @Test
    void outcomesCopyTheirEntries() {
        List<EmittedEntry> entries = new java.util.ArrayList<>(List.of(EMITTED));
        WorkflowOutcome.Emitted emitted = new WorkflowOutcome.Emitted(WorkflowOutcome.Status.ACCEPTED, entries,
                new Execution(ARN, "n-1", Duration.ZERO, Duration.ZERO, 0));

        entries.clear();

        assertThat(emitted.entries()).containsExactly(EMITTED);
    }

    private static WorkflowOutcome succeeded(String output) {
        return ExecutionResults.outcomeOf(response(SyncExecutionStatus.SUCCEEDED, output));
    }

    private static StartSyncExecutionResponse response(SyncExecutionStatus status, String output) {
        return StartSyncExecutionResponse.builder().executionArn(ARN).name("n-1").status(status).output(output).build();
    }
}
