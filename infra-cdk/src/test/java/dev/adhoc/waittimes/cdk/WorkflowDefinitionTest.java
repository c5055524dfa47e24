package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The synthesized Express workflow, read as the Amazon States Language JSON Step Functions will run: its shape
 * (retries, catches, dead-letter routing, emission, outputs), its worst-case duration, and its validity according
 * to {@code asl-validator}.
 */
class WorkflowDefinitionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION =
            new TemplateReader(SynthesizedStack.withDefaults().template().toJSON()).resolvedDefinition();
    private static final JsonNode ROOT = parse(DEFINITION);
    private static final JsonNode STATES = ROOT.get("States");
    private static final String DEAD_LETTER_QUEUE_URL =
            "https://sqs.us-east-1.amazonaws.com/123456789012/DeadLettersQueue";
    private static final String REJECTION_QUEUE_URL =
            "https://sqs.us-east-1.amazonaws.com/123456789012/RejectionsQueue";
    /** The event as a dead-letter message carries it: the envelope, and the detail with the personal data replaced. */
    private static final String REDACTED_EVENT = "{\"id.$\":\"$.id\",\"source.$\":\"$.source\","
            + "\"detail-type.$\":\"$['detail-type']\",\"time.$\":\"$.time\","
            + "\"detail.$\":\"States.JsonMerge($.detail, $.redaction, false)\"}";

    @Test
    void recordsTheEventAsDeliveredThroughTheAliasAndKeepsTheResultBesideIt() {
        assertThat(ROOT.get("StartAt").asText()).isEqualTo("RecordOrderEvent");
        JsonNode record = STATES.get("RecordOrderEvent");
        assertThat(record.get("Type").asText()).isEqualTo("Task");
        assertThat(record.get("Resource").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:RecordOrderEventAlias:live");
        assertThat(record.has("Parameters")).as("no Parameters: the handler gets the event itself").isFalse();
        assertThat(record.has("InputPath")).isFalse();
        assertThat(record.get("ResultPath").asText()).isEqualTo("$.result");
        assertThat(record.get("TimeoutSeconds").asInt()).isEqualTo(15);
        assertThat(record.get("Next").asText()).isEqualTo("RouteByStatus");
    }

    @Test
    void retriesThrottlingAndLambdaServiceErrorsWithJitteredBackoffThenAnyErrorABitMore() {
        JsonNode retry = STATES.get("RecordOrderEvent").get("Retry");
        assertThat(retry).hasSize(2);
        assertThat(texts(retry.get(0).get("ErrorEquals"))).containsExactlyInAnyOrder(
                "Lambda.TooManyRequestsException", "Lambda.ServiceException", "Lambda.AWSLambdaException",
                "Lambda.SdkClientException", "Lambda.ClientExecutionTimeoutException");
        assertThat(retry.get(0).get("BackoffRate").asDouble()).isEqualTo(2.0);
        assertThat(retry.get(0).get("MaxAttempts").asInt()).isEqualTo(5);
        assertThat(retry.get(0).get("JitterStrategy").asText()).isEqualTo("FULL");
        assertThat(texts(retry.get(1).get("ErrorEquals"))).containsExactly("States.ALL");
        assertThat(retry.get(1).get("BackoffRate").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aFailedRecordingSendsTheEventWithoutPersonalDataAndTheErrorToTheDeadLetterQueueThenFails() {
        JsonNode handler = onlyCatch("RecordOrderEvent");
        assertThat(handler.get("ResultPath").asText()).isEqualTo("$.error");
        JsonNode send = STATES.get(redaction(handler.get("Next").asText()).get("Next").asText());
        assertSendsToQueue(send, DEAD_LETTER_QUEUE_URL, "{\"reason\":\"RECORDING_FAILED\","
                + "\"executionArn.$\":\"$$.Execution.Id\",\"event\":" + REDACTED_EVENT + ",\"error.$\":\"$.error\"}");
        assertFailsWithTheCaughtError(send.get("Next").asText());
    }

    @Test
    void aRejectedEventIsReportedToTheRejectionQueueFromTheHandlersRejectionAloneAndTheExecutionSucceeds() {
        JsonNode choice = STATES.get("RouteByStatus");
        assertThat(choice.get("Type").asText()).isEqualTo("Choice");
        JsonNode rejected = choice.get("Choices").get(0);
        assertThat(rejected.get("Variable").asText()).isEqualTo("$.result.status");
        assertThat(rejected.get("StringEquals").asText()).isEqualTo("REJECTED");
        JsonNode send = STATES.get(rejected.get("Next").asText());
        assertSendsToQueue(send, REJECTION_QUEUE_URL,
                "{\"executionName.$\":\"$$.Execution.Name\",\"rejection.$\":\"$.result.rejection\"}");
        JsonNode then = STATES.get(send.get("Next").asText());
        assertThat(then.get("Type").asText()).isEqualTo("Choice");
        assertThat(STATES.get(then.get("Default").asText()).get("Type").asText()).isEqualTo("Succeed");
    }

    @Test
    void aRejectedEventThatChangedAWindowStillEmitsItsEntries() {
        JsonNode send = STATES.get(STATES.get("RouteByStatus").get("Choices").get(0).get("Next").asText());
        JsonNode present = STATES.get(send.get("Next").asText()).get("Choices").get(0);
        assertThat(present.get("Variable").asText()).isEqualTo("$.result.entries[0]");
        assertThat(present.get("IsPresent").asBoolean()).isTrue();
        assertThat(present.get("Next").asText()).isEqualTo("EmitDrinkAverageTime");
    }

    @Test
    void entriesAreEmittedWithTheOptimizedPutEventsIntegrationOnlyWhenThereAreAny() {
        JsonNode present = STATES.get("RouteByStatus").get("Choices").get(1);
        assertThat(present.get("Variable").asText()).isEqualTo("$.result.entries[0]");
        assertThat(present.get("IsPresent").asBoolean()).isTrue();
        JsonNode emit = STATES.get(present.get("Next").asText());
        assertThat(emit.get("Type").asText()).isEqualTo("Task");
        assertThat(emit.get("Resource").asText()).isEqualTo("arn:aws:states:::events:putEvents");
        assertThat(emit.get("Parameters")).isEqualTo(parse("{\"Entries.$\":\"$.result.entries\"}"));
        assertThat(emit.get("ResultPath").asText()).as("beside the handler's result").isEqualTo("$.emission");
        assertThat(texts(emit.get("Retry").get(0).get("ErrorEquals"))).containsExactly("States.ALL");
        assertThat(emit.get("Retry").get(0).get("JitterStrategy").asText()).isEqualTo("FULL");
        assertThat(STATES.get(emit.get("Next").asText()).get("Type").asText()).isEqualTo("Succeed");
        assertThat(STATES.get(STATES.get("RouteByStatus").get("Default").asText()).get("Type").asText())
                .isEqualTo("Succeed");
    }

    @Test
    void entriesThatCouldNotBeEmittedAreKeptInTheDeadLetterQueueBecauseARetryWouldBeADuplicate() {
        JsonNode handler = onlyCatch("EmitDrinkAverageTime");
        JsonNode send = STATES.get(redaction(handler.get("Next").asText()).get("Next").asText());
        assertSendsToQueue(send, DEAD_LETTER_QUEUE_URL, "{\"reason\":\"EMISSION_FAILED\","
                + "\"executionArn.$\":\"$$.Execution.Id\",\"event\":" + REDACTED_EVENT + ","
                + "\"entries.$\":\"$.result.entries\",\"error.$\":\"$.error\"}");
        assertFailsWithTheCaughtError(send.get("Next").asText());
    }

    @Test
    void noMessageCarriesTheExecutionInputOrAnUnredactedDetail() {
        List<String> bodies = new ArrayList<>();
        STATES.properties().forEach(state -> {
            if (state.getValue().path("Resource").asText().endsWith(":sqs:sendMessage")) {
                bodies.add(state.getValue().get("Parameters").get("MessageBody").toString());
            }
        });
        assertThat(bodies).hasSize(3).allSatisfy(body -> {
            assertThat(body).doesNotContain("$$.Execution.Input");
            assertThat(body.replace("States.JsonMerge($.detail, $.redaction, false)", ""))
                    .doesNotContain("$.detail").doesNotContain("\"$\"");
        });
    }

    @Test
    void everySuccessfulEndOutputsTheHandlersResult() {
        List<String> succeeds = new ArrayList<>();
        STATES.properties().forEach(state -> {
            if (state.getValue().get("Type").asText().equals("Succeed")) {
                succeeds.add(state.getKey());
                assertThat(state.getValue().get("OutputPath").asText()).as(state.getKey()).isEqualTo("$.result");
            }
        });
        assertThat(succeeds).containsExactlyInAnyOrder("Emitted", "Rejected", "NothingToEmit");
    }

    @Test
    void theWorstCaseOfAllRetriesEndsBeforeTheExpressTimeoutSoEveryFailureReachesACatch() {
        int timeout = ROOT.get("TimeoutSeconds").asInt();
        assertThat(timeout).isEqualTo(300);
        double record = worstCaseSeconds("RecordOrderEvent");
        double afterRecord = Math.max(worstCaseSeconds("SendFailedEventToDlq"), Math.max(
                worstCaseSeconds("SendRejectionToQueue"),
                worstCaseSeconds("EmitDrinkAverageTime") + worstCaseSeconds("SendUnemittedEntriesToDlq")));
        assertThat(record + afterRecord).isLessThan(timeout);
    }

    @Test
    void everyTokenIsResolved() {
        assertThat(DEFINITION).doesNotContain("${Token[", "\"Ref\"", "Fn::");
    }

    @Test
    void aslValidatorAcceptsTheDefinition() throws Exception {
        Validation result = validate(DEFINITION);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("is valid");
    }

    @Test
    void aslValidatorWouldRejectABrokenDefinition() throws Exception {
        ObjectNode broken = (ObjectNode) ROOT.deepCopy();
        ((ObjectNode) broken.get("States").get("RouteByStatus")).put("Default", "NoSuchState");
        Validation result = validate(JSON.writeValueAsString(broken));
        assertThat(result.exitCode()).as(result.output()).isNotZero();
    }

    private static void assertSendsToQueue(JsonNode send, String queueUrl, String body) {
        assertThat(send.get("Type").asText()).isEqualTo("Task");
        assertThat(send.get("Resource").asText()).isEqualTo("arn:aws:states:::sqs:sendMessage");
        assertThat(send.get("Parameters").get("QueueUrl").asText()).isEqualTo(queueUrl);
        assertThat(send.get("Parameters").get("MessageBody")).isEqualTo(parse(body));
        assertThat(send.get("ResultPath").isNull()).isTrue();
        assertThat(texts(send.get("Retry").get(0).get("ErrorEquals"))).containsExactly("States.ALL");
    }

    /** A Pass state that puts the replacements of every redacted detail field at {@code $.redaction}. */
    private static JsonNode redaction(String stateName) {
        JsonNode pass = STATES.get(stateName);
        assertThat(pass.get("Type").asText()).isEqualTo("Pass");
        assertThat(pass.get("ResultPath").asText()).isEqualTo("$.redaction");
        assertThat(pass.get("Result")).isEqualTo(parse("{\"userId\":\"(removed)\",\"TaskToken\":\"(removed)\"}"));
        return pass;
    }

    private static void assertFailsWithTheCaughtError(String stateName) {
        JsonNode fail = STATES.get(stateName);
        assertThat(fail.get("Type").asText()).isEqualTo("Fail");
        assertThat(fail.get("ErrorPath").asText()).isEqualTo("$.error.Error");
        assertThat(fail.get("CausePath").asText()).isEqualTo("$.error.Cause");
    }

    private static JsonNode onlyCatch(String stateName) {
        JsonNode catches = STATES.get(stateName).get("Catch");
        assertThat(catches).hasSize(1);
        assertThat(texts(catches.get(0).get("ErrorEquals"))).containsExactly("States.ALL");
        return catches.get(0);
    }

    /** Every attempt times out and every retrier uses all its attempts at their longest delays. */
    private static double worstCaseSeconds(String stateName) {
        JsonNode task = STATES.get(stateName);
        assertThat(task.has("TimeoutSeconds")).as(stateName + " bounds its attempts").isTrue();
        int attempts = 1;
        double delays = 0;
        for (JsonNode retrier : task.path("Retry")) {
            int max = retrier.path("MaxAttempts").asInt(3);
            double interval = retrier.path("IntervalSeconds").asDouble(1);
            double rate = retrier.path("BackoffRate").asDouble(2);
            double cap = retrier.path("MaxDelaySeconds").asDouble(Double.MAX_VALUE);
            for (int k = 0; k < max; k++) {
                delays += Math.min(interval * Math.pow(rate, k), cap);
            }
            attempts += max;
        }
        return attempts * task.get("TimeoutSeconds").asDouble() + delays;
    }

    private record Validation(int exitCode, String output) {
    }

    /** Runs {@code node <repo>/node_modules/asl-validator/dist/bin/asl-validator.js --json-path <file>}. */
    private static Validation validate(String definition) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        Path validator = root.resolve("node_modules/asl-validator/dist/bin/asl-validator.js");
        assertThat(validator).as("run `npm ci` in the repository root (the root build does)").exists();
        Path file = Files.createTempFile("state-machine", ".asl.json");
        try {
            Files.writeString(file, definition);
            Process process = new ProcessBuilder("node", validator.toString(), "--json-path", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("asl-validator finished").isTrue();
            return new Validation(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            values.add(it.next().asText());
        }
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
