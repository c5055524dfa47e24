package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs every event through the stack's own state-machine definition (synthesized, tokens resolved) in
 * aws-local-stepfunctions, a maintained interpreter of the Amazon States Language, started as a Node process: its
 * recording task invokes the real Lambda handler over DynamoDB on dynalite; its {@code events:putEvents} and
 * {@code sqs:sendMessage} tasks reach emulations of those integrations in this JVM. Retry intervals are zero.
 *
 * <p>What the scenarios observe is what reached the bus and the rejection queue, not the handler's answer: the
 * updates are the entries the workflow put on the bus, the rejections the messages it sent to the rejection queue.
 * Every event must end in a successful execution whose output is the handler's result; a failure path is asserted
 * with {@link #execute} instead.
 */
public final class WorkflowDriver implements WaitTimesDriver {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkflowDefinition definition = WorkflowDefinition.load();
    private final DynamoDbOutage dynamoDb = new DynamoDbOutage();
    private LambdaHandlerDriver function;
    private EmulatedLambda lambda;
    private EmulatedEventBridge eventBridge;
    private EmulatedSqs sqs;
    private TaskEndpoint endpoint;
    private WorkflowRunner runner;

    @Override
    public void start(WaitTimeSettings settings) {
        function = new LambdaHandlerDriver(() -> new DynamoDbStores(dynamoDb));
        function.start(settings);
        lambda = new EmulatedLambda(function);
        eventBridge = new EmulatedEventBridge();
        sqs = new EmulatedSqs(definition.queueUrls());
        endpoint = TaskEndpoint.start(Map.of(
                definition.functionArn(), lambda,
                EmulatedEventBridge.RESOURCE, eventBridge,
                EmulatedSqs.RESOURCE, sqs));
        runner = WorkflowRunner.shared(definition.file());
    }

    @Override
    public void deliver(BusEvent event) {
        int before = lambda.responses().size();
        ExecutionResult result = execute(BusEventJson.of(event));
        if (!result.succeeded()) {
            throw new AssertionError("the workflow failed on " + event + ": " + result);
        }
        List<JsonNode> responses = lambda.responses();
        if (responses.size() != before + 1 || !result.output().equals(responses.get(responses.size() - 1))) {
            throw new AssertionError("the execution's output is not the handler's result: " + result
                    + "; the handler answered " + responses.subList(before, responses.size()));
        }
    }

    /**
     * Starts an execution with this input, as the rule does, and waits for its end.
     *
     * @param eventJson the execution's input: the event as the bus delivers it
     * @return how the execution ended
     */
    ExecutionResult execute(String eventJson) {
        JsonNode input;
        try {
            input = JSON.readTree(eventJson);
        } catch (IOException e) {
            throw new UncheckedIOException("an execution's input is JSON: " + eventJson, e);
        }
        return execute(input);
    }

    /** @see #execute(String) */
    ExecutionResult execute(JsonNode input) {
        // EventBridge names the executions it starts; the name is in the rejection messages
        String name = UUID.randomUUID().toString();
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").put("Id", WorkflowDefinition.executionArn(name, UUID.randomUUID().toString()))
                .put("Name", name);
        context.putObject("StateMachine").put("Id", WorkflowDefinition.stateMachineArn())
                .put("Name", WorkflowDefinition.STATE_MACHINE_NAME);
        return runner.run(endpoint.uri(), input, context);
    }

    @Override
    public List<ObservedWaitTime> updates() {
        return eventBridge.bus().stream().map(entry -> {
            try {
                return LambdaHandlerDriver.observe(JSON.readTree(entry.path("Detail").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Override
    public List<ObservedRejection> rejections() {
        return rejectionMessages().stream().map(m -> m.path("rejection")).map(r -> new ObservedRejection(
                r.path("id").asText(), r.path("reason").asText(), r.path("message").asText(), r.path("eventRef").asText()))
                .toList();
    }

    /** @return the messages of the rejection queue, in order */
    List<JsonNode> rejectionMessages() {
        return sqs.messages(definition.rejectionQueueUrl());
    }

    /** @return the messages of the dead-letter queue, in order */
    List<JsonNode> deadLetters() {
        return sqs.messages(definition.deadLetterQueueUrl());
    }

    WorkflowDefinition definition() {
        return definition;
    }

    DynamoDbOutage dynamoDb() {
        return dynamoDb;
    }

    EmulatedLambda lambda() {
        return lambda;
    }

    EmulatedEventBridge eventBridge() {
        return eventBridge;
    }

    EmulatedSqs sqs() {
        return sqs;
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        if (function != null) {
            function.close();
        }
    }
}
