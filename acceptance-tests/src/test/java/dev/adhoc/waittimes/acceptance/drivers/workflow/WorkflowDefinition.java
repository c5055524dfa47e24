package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack's state-machine definition, synthesized and with its tokens resolved: the file that infra-cdk's
 * {@code WorkflowDefinitionFileTest} keeps equal to the synthesis. Reading a committed file, rather than
 * synthesizing here, keeps the CDK (and its Node child process) out of this module: its tests depend on no build
 * output of infra-cdk and run under any {@code -Dtest} filter.
 *
 * @param file the definition's file
 * @param root the parsed definition
 */
record WorkflowDefinition(Path file, JsonNode root) {
    /** The definition, relative to the repository root. */
    static final Path FILE = Path.of("infra-cdk", "src", "test", "resources", "workflow-definition.asl.json");
    /** The region and account that infra-cdk's tests resolve the definition's tokens with. */
    static final String REGION = "us-east-1";
    /** @see #REGION */
    static final String ACCOUNT = "123456789012";
    /** The state machine's name in the execution ARNs (any name: the definition never reads it). */
    static final String STATE_MACHINE_NAME = "WaitTimesExtension-workflow";
    /** The state that invokes the function. */
    static final String RECORD_STATE = "RecordOrderEvent";
    /** The state that reports a rejection: its queue is the rejection queue. */
    static final String REJECTION_STATE = "SendRejectionToQueue";
    /** The state that sends a failed recording: its queue is the dead-letter queue. */
    static final String DEAD_LETTER_STATE = "SendFailedEventToDlq";
    /** The state that emits the entries. */
    static final String EMIT_STATE = "EmitDrinkAverageTime";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the definition of this repository */
    static WorkflowDefinition load() {
        Path file = RepositoryFiles.root().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run `./mvnw -B -q -pl infra-cdk -am verify"
                    + " -Dtest=WorkflowDefinitionFileTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -DupdateWorkflowDefinition` to write it");
        }
        try {
            return new WorkflowDefinition(file, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @return the definition of a state */
    JsonNode state(String name) {
        JsonNode state = root.path("States").path(name);
        if (state.isMissingNode()) {
            throw new IllegalStateException("the workflow has no state " + name + ": " + file);
        }
        return state;
    }

    /** @return the Lambda ARN the recording task invokes */
    String functionArn() {
        return state(RECORD_STATE).path("Resource").asText();
    }

    /** @return the URL of the rejection queue */
    String rejectionQueueUrl() {
        return state(REJECTION_STATE).path("Parameters").path("QueueUrl").asText();
    }

    /** @return the URL of the dead-letter queue */
    String deadLetterQueueUrl() {
        return state(DEAD_LETTER_STATE).path("Parameters").path("QueueUrl").asText();
    }

    /** @return every queue URL that a task of the workflow sends to */
    List<String> queueUrls() {
        List<String> urls = new ArrayList<>();
        root.path("States").forEach(state -> {
            String url = state.path("Parameters").path("QueueUrl").asText("");
            if (!url.isEmpty() && !urls.contains(url)) {
                urls.add(url);
            }
        });
        return urls;
    }

    /** @return how many times a state's retrier for this error retries ({@code MaxAttempts}, default 3) */
    int maxRetries(String stateName, String errorName) {
        for (JsonNode retrier : state(stateName).path("Retry")) {
            for (JsonNode error : retrier.path("ErrorEquals")) {
                if (error.asText().equals(errorName)) {
                    return retrier.path("MaxAttempts").asInt(3);
                }
            }
        }
        throw new IllegalStateException(stateName + " has no retrier for " + errorName);
    }

    /** @return the state machine's ARN */
    static String stateMachineArn() {
        return "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + STATE_MACHINE_NAME;
    }

    /** @return an Express execution's ARN */
    static String executionArn(String executionName, String executionId) {
        return "arn:aws:states:" + REGION + ":" + ACCOUNT + ":express:" + STATE_MACHINE_NAME + ":" + executionName
                + ":" + executionId;
    }
}
