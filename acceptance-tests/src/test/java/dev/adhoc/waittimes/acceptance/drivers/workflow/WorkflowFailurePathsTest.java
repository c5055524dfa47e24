package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow's failure paths, run in the interpreter on the stack's definition: what reaches the bus, the
 * dead-letter queue and the rejection queue when the function, {@code PutEvents} or SQS fail, and that what the
 * dead-letter queue keeps can be redriven as the stack's README says.
 */
@DisplayName("the workflow's failure paths, in a local interpreter of its definition")
class WorkflowFailurePathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-11-27T";

    private final WorkflowDriver workflow = new WorkflowDriver();
    private int nextEventId = 1;

    @BeforeEach
    void start() {
        workflow.start(WaitTimeSettings.DEFAULTS);
    }

    @AfterEach
    void stop() {
        workflow.close();
    }

    @Test
    void a_function_that_keeps_failing_is_retried_then_its_event_goes_to_the_dead_letter_queue_without_personal_data()
            throws IOException {
        succeeds(submission("o1", "Latte", "12:00:00"));
        String completion = completion("o1", "12:02:30");
        int invocationsBefore = workflow.lambda().invocations();

        workflow.dynamoDb().begin();
        ExecutionResult failed = workflow.execute(completion);
        workflow.dynamoDb().end();

        int retries = workflow.definition().maxRetries(WorkflowDefinition.RECORD_STATE, "States.ALL");
        assertThat(workflow.lambda().invocations() - invocationsBefore).as(failed.toString()).isEqualTo(1 + retries);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.statesEntered()).containsExactly(WorkflowDefinition.RECORD_STATE, "RedactFailedEvent",
                "SendFailedEventToDlq", "RecordingFailed");
        assertThat(workflow.deadLetters()).hasSize(1);
        JsonNode message = workflow.deadLetters().get(0);
        assertThat(message.path("reason").asText()).isEqualTo("RECORDING_FAILED");
        assertThat(message.path("executionArn").asText()).isEqualTo(failed.arn());
        assertThat(message.path("error").path("Error").asText()).isEqualTo(failed.error());
        assertThat(message.path("error").path("Cause").asText()).isEqualTo(failed.cause());
        assertThat(JSON.readTree(failed.cause()).path("errorMessage").asText()).contains("Connection refused");
        JsonNode event = JSON.readTree(completion);
        assertThat(fieldNames(message.path("event"))).containsExactly("id", "source", "detail-type", "time", "detail");
        for (String field : List.of("id", "source", "detail-type", "time")) {
            assertThat(message.path("event").path(field)).isEqualTo(event.path(field));
        }
        assertThat(workflow.eventBridge().bus()).as("nothing emitted for the failed event").hasSize(0);
        assertThat(workflow.rejectionMessages()).isEmpty();

        // the README's redrive: start the workflow again with the message's event, once the cause is fixed
        assertThat(workflow.execute(message.path("event")).succeeded()).isTrue();
        assertThat(workflow.updates()).extracting(ObservedWaitTime::duration).extracting(Object::toString)
                .containsExactly("150");
    }

    @Test
    void a_failed_submission_reaches_the_dead_letter_queue_with_its_customer_id_and_task_token_removed()
            throws IOException {
        ObjectNode submission = (ObjectNode) JSON.readTree(submission("o1", "Latte", "12:00:00"));
        ((ObjectNode) submission.get("detail")).put("TaskToken", "token-of-the-core-app");

        workflow.dynamoDb().begin();
        ExecutionResult failed = workflow.execute(submission);
        workflow.dynamoDb().end();

        assertThat(failed.status()).isEqualTo("FAILED");
        JsonNode detail = workflow.deadLetters().get(0).path("event").path("detail");
        assertThat(detail.path("userId").asText()).isEqualTo("(removed)");
        assertThat(detail.path("TaskToken").asText()).isEqualTo("(removed)");
        assertThat(workflow.deadLetters().get(0).toString()).doesNotContain("user-1", "token-of-the-core-app");
        ObjectNode expected = submission.get("detail").deepCopy();
        expected.put("userId", "(removed)").put("TaskToken", "(removed)");
        assertThat(detail).isEqualTo(expected);

        assertThat(workflow.execute(workflow.deadLetters().get(0).path("event")).succeeded()).isTrue();
        succeeds(completion("o1", "12:01:00"));
        assertThat(workflow.updates()).extracting(u -> u.duration().toString()).containsExactly("60");
    }

    @Test
    void a_throttled_function_is_retried_with_the_lambda_retrier_and_the_event_is_recorded_once() {
        succeeds(submission("o1", "Latte", "12:00:00"));
        int throttled = workflow.definition().maxRetries(WorkflowDefinition.RECORD_STATE,
                "Lambda.TooManyRequestsException");
        workflow.lambda().throttleNextInvocations(throttled);

        ExecutionResult result = succeeds(completion("o1", "12:01:00"));

        assertThat(result.retries(WorkflowDefinition.RECORD_STATE)).isEqualTo(throttled);
        assertThat(workflow.updates()).hasSize(1);
        assertThat(workflow.deadLetters()).isEmpty();
    }

    @Test
    void a_rejected_event_is_reported_to_the_rejection_queue_and_the_windows_it_changed_are_still_emitted()
            throws IOException {
        succeeds(submission("o1", "Latte", "12:00:00"));
        succeeds(submission("o1", "Latte", "12:10:00"));   // a later report of the same submission
        String completion = completion("o1", "12:05:00");   // counts 300 s; against the later report it is negative

        ExecutionResult result = succeeds(completion);

        assertThat(result.output().path("status").asText()).isEqualTo("REJECTED");
        assertThat(result.statesEntered()).containsSubsequence("SendRejectionToQueue", "EmitAfterRejection",
                WorkflowDefinition.EMIT_STATE, "Emitted");
        assertThat(workflow.rejectionMessages()).hasSize(1);
        JsonNode message = workflow.rejectionMessages().get(0);
        assertThat(fieldNames(message)).containsExactly("executionName", "rejection");
        assertThat(message.path("executionName").asText()).isEqualTo(result.name());
        assertThat(message.path("rejection")).isEqualTo(result.output().path("rejection"));
        assertThat(message.path("rejection").path("reason").asText()).isEqualTo("NEGATIVE_WAIT");
        assertThat(message.path("rejection").path("eventRef").asText())
                .isEqualTo(JSON.readTree(completion).path("id").asText());
        assertThat(message.toString()).doesNotContain("user-1");
        assertThat(workflow.updates()).extracting(u -> u.duration().toString()).containsExactly("300");
        assertThat(workflow.deadLetters()).isEmpty();
    }

    @Test
    void a_refused_emission_is_retried_then_the_unemitted_entries_go_to_the_dead_letter_queue_ready_to_be_put_again()
            throws IOException {
        succeeds(submission("o1", "Latte", "12:00:00"));
        int retries = workflow.definition().maxRetries(WorkflowDefinition.EMIT_STATE, "States.ALL");
        workflow.eventBridge().refuseEveryEntryOfTheNextCalls(1 + retries);
        int callsBefore = workflow.eventBridge().calls();

        ExecutionResult failed = workflow.execute(completion("o1", "12:02:30"));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error()).isEqualTo("EventBridge.FailedEntry");
        assertThat(workflow.eventBridge().calls() - callsBefore).isEqualTo(1 + retries);
        assertThat(failed.statesEntered()).containsSubsequence(WorkflowDefinition.EMIT_STATE, "RedactUnemittedEvent",
                "SendUnemittedEntriesToDlq", "EmissionFailed");
        assertThat(workflow.eventBridge().bus()).isEmpty();
        assertThat(workflow.deadLetters()).hasSize(1);
        JsonNode message = workflow.deadLetters().get(0);
        assertThat(message.path("reason").asText()).isEqualTo("EMISSION_FAILED");
        assertThat(message.path("executionArn").asText()).isEqualTo(failed.arn());
        List<JsonNode> responses = workflow.lambda().responses();
        assertThat(message.path("entries")).isEqualTo(responses.get(responses.size() - 1).path("entries"));
        assertThat(message.path("error").path("Error").asText()).isEqualTo("EventBridge.FailedEntry");
        assertThat(JSON.readTree(message.path("error").path("Cause").asText()).path("FailedEntryCount").asInt())
                .isEqualTo(1);

        // the README's redrive: put the entries on the bus as they are
        ObjectNode putEvents = JSON.createObjectNode();
        putEvents.set("Entries", message.path("entries"));
        workflow.eventBridge().call(putEvents, new Integration.ExecutionRef("redrive", "redrive"));
        assertThat(workflow.updates()).extracting(u -> u.duration().toString()).containsExactly("150");
    }

    @Test
    void a_partly_refused_emission_is_retried_whole_so_the_bus_carries_the_accepted_entry_twice_with_one_update_id() {
        succeeds(submission("o1", "Latte", "12:01:00"));
        succeeds(completion("o1", "12:03:00"));
        workflow.eventBridge().refuseOneEntryOfTheNextCall(1);

        // an earlier report names another drink: the order leaves the Latte window for the Mocha one (two entries)
        ExecutionResult result = succeeds(submission("o1", "Mocha", "12:00:00"));

        assertThat(result.retries(WorkflowDefinition.EMIT_STATE)).isEqualTo(1);
        JsonNode entries = result.output().path("entries");
        assertThat(entries).hasSize(2);
        List<JsonNode> bus = workflow.eventBridge().bus();
        assertThat(bus.subList(1, bus.size())).extracting(e -> e.path("Detail").asText()).containsExactly(
                entries.get(0).path("Detail").asText(),    // accepted by the first call
                entries.get(0).path("Detail").asText(),    // and again by the retry, which puts every entry
                entries.get(1).path("Detail").asText());
        List<ObservedWaitTime> updates = workflow.updates();
        assertThat(updates.get(1)).isEqualTo(updates.get(2));
        assertThat(updates).hasSize(4);
        assertThat(updates.get(3).drink()).isNotEqualTo(updates.get(1).drink());
        assertThat(updates.subList(1, 4)).extracting(ObservedWaitTime::drink).containsOnly("Mocha", "Latte");
        assertThat(workflow.deadLetters()).isEmpty();
    }

    @Test
    void every_entry_on_the_bus_names_the_execution_and_the_state_machine_in_its_resources() {
        ExecutionResult first = succeeds(submission("o1", "Latte", "12:00:00"));
        ExecutionResult second = succeeds(completion("o1", "12:01:00"));

        assertThat(first.statesEntered()).endsWith("NothingToEmit");
        assertThat(workflow.eventBridge().bus()).hasSize(1);
        assertThat(workflow.eventBridge().bus().get(0).path("Resources")).extracting(JsonNode::asText)
                .containsExactly(second.arn(), WorkflowDefinition.stateMachineArn());
    }

    @Test
    void a_rejection_that_cannot_be_reported_fails_the_execution_before_its_entries_are_emitted() {
        succeeds(submission("o1", "Latte", "12:00:00"));
        succeeds(submission("o1", "Latte", "12:10:00"));
        int retries = workflow.definition().maxRetries("SendRejectionToQueue", "States.ALL");
        workflow.sqs().refuseTheNextMessages(1 + retries);

        ExecutionResult failed = workflow.execute(completion("o1", "12:05:00"));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error()).isEqualTo("SQS.SqsException");
        assertThat(failed.statesEntered()).endsWith("SendRejectionToQueue");
        assertThat(workflow.eventBridge().bus()).as("recorded, but not emitted").isEmpty();
        assertThat(workflow.deadLetters()).as("and in no queue").isEmpty();
    }

    @Test
    void an_execution_started_by_hand_with_something_else_than_an_event_object_fails_and_reaches_no_queue() {
        ExecutionResult failed = workflow.execute("[\"not\", \"an event\"]");

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error()).isEqualTo("States.ResultPathMatchFailure");
        assertThat(workflow.deadLetters()).isEmpty();
        assertThat(workflow.rejectionMessages()).isEmpty();
        assertThat(workflow.eventBridge().bus()).isEmpty();
    }

    private ExecutionResult succeeds(String eventJson) {
        ExecutionResult result = workflow.execute(eventJson);
        assertThat(result.succeeded()).as(result.toString()).isTrue();
        return result;
    }

    private String submission(String order, String drink, String time) {
        return BusEventJson.of(new BusEvent(Kind.SUBMITTED, nextId(), "NYC", order, drink, DAY + time + "Z"));
    }

    private String completion(String order, String time) {
        return BusEventJson.of(new BusEvent(Kind.COMPLETED, nextId(), "NYC", order, null, DAY + time + "Z"));
    }

    private String nextId() {
        return String.format("evt-%05d", nextEventId++);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
