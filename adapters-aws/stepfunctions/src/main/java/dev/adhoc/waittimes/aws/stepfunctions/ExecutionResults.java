package dev.adhoc.waittimes.aws.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import software.amazon.awssdk.services.sfn.model.BillingDetails;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a {@code StartSyncExecution} response to a {@link WorkflowOutcome}.
 *
 * <p>A successful execution's output is the handler's result of docs/adr/0003, either as the whole output or under a
 * {@code result} field (a workflow that keeps its input with {@code ResultPath: $.result}). The top level wins when it
 * has a {@code status}.
 */
final class ExecutionResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutionResults() {
    }

    static WorkflowOutcome outcomeOf(StartSyncExecutionResponse response) {
        Execution execution = executionOf(response);
        if (response.status() == null) {
            throw new UnexpectedWorkflowOutputException(execution.arn(), response.output(), "the response has no status");
        }
        return switch (response.status()) {
            case SUCCEEDED -> fromOutput(response.output(), execution);
            case FAILED -> new WorkflowOutcome.Failed(orEmpty(response.error()), orEmpty(response.cause()), execution);
            case TIMED_OUT -> new WorkflowOutcome.TimedOut(orEmpty(response.error()), orEmpty(response.cause()), execution);
            case UNKNOWN_TO_SDK_VERSION -> throw new UnexpectedWorkflowOutputException(execution.arn(), response.output(),
                    "unknown execution status " + response.statusAsString());
        };
    }

    /** @return the outcome the handler's result in a successful execution's output describes */
    static WorkflowOutcome fromOutput(String output, Execution execution) {
        JsonNode result = handlerResult(output, execution.arn());
        String status = text(result, "status", output, execution.arn());
        List<EmittedEntry> entries = entries(result.get("entries"), output, execution.arn());
        return switch (status) {
            case "ACCEPTED" -> new WorkflowOutcome.Emitted(WorkflowOutcome.Status.ACCEPTED, entries, execution);
            case "IGNORED" -> new WorkflowOutcome.Emitted(WorkflowOutcome.Status.IGNORED, entries, execution);
            case "REJECTED" -> new WorkflowOutcome.Rejected(rejection(result.get("rejection"), output, execution.arn()),
                    entries, execution);
            default -> throw new UnexpectedWorkflowOutputException(execution.arn(), output, "unknown handler status " + status);
        };
    }

    private static JsonNode handlerResult(String output, String executionArn) {
        JsonNode root;
        try {
            root = output == null ? null : JSON.readTree(output);
        } catch (JsonProcessingException e) {
            throw new UnexpectedWorkflowOutputException(executionArn, output, "output is not JSON");
        }
        if (root != null && root.has("status")) {
            return root;
        }
        if (root != null && root.path("result").has("status")) {
            return root.get("result");
        }
        throw new UnexpectedWorkflowOutputException(executionArn, output,
                "output holds no handler result (a status at the top level or under result)");
    }

    private static List<EmittedEntry> entries(JsonNode node, String output, String executionArn) {
        if (node == null || !node.isArray()) {
            throw new UnexpectedWorkflowOutputException(executionArn, output, "entries is not an array");
        }
        List<EmittedEntry> entries = new ArrayList<>(node.size());
        for (JsonNode entry : node) {
            entries.add(new EmittedEntry(text(entry, "Source", output, executionArn),
                    text(entry, "DetailType", output, executionArn),
                    text(entry, "EventBusName", output, executionArn),
                    text(entry, "Detail", output, executionArn)));
        }
        return entries;
    }

    private static Rejection rejection(JsonNode node, String output, String executionArn) {
        if (node == null || !node.isObject()) {
            throw new UnexpectedWorkflowOutputException(executionArn, output, "a REJECTED result has no rejection object");
        }
        String reason = text(node, "reason", output, executionArn);
        try {
            return new Rejection(RejectionReason.valueOf(reason), text(node, "message", output, executionArn),
                    text(node, "eventRef", output, executionArn));
        } catch (IllegalArgumentException unknown) {
            throw new UnexpectedWorkflowOutputException(executionArn, output, "unknown rejection reason " + reason);
        }
    }

    private static String text(JsonNode node, String field, String output, String executionArn) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new UnexpectedWorkflowOutputException(executionArn, output, "field " + field + " is not a string");
        }
        return value.asText();
    }

    private static Execution executionOf(StartSyncExecutionResponse response) {
        Duration elapsed = response.startDate() != null && response.stopDate() != null
                ? Duration.between(response.startDate(), response.stopDate()) : Duration.ZERO;
        BillingDetails billing = response.billingDetails();
        Long billedMillis = billing == null ? null : billing.billedDurationInMilliseconds();
        Long billedMemory = billing == null ? null : billing.billedMemoryUsedInMB();
        return new Execution(orEmpty(response.executionArn()), orEmpty(response.name()), elapsed,
                Duration.ofMillis(billedMillis == null ? 0 : billedMillis), billedMemory == null ? 0 : billedMemory);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
