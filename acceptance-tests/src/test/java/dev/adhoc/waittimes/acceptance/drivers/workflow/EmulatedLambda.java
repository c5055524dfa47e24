package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * The function behind the recording task: the real {@code RecordOrderEventHandler}, wired as the AWS adapter driver
 * wires it (DynamoDB stores on dynalite), invoked with the task's input as its payload. The task's resource is the
 * function's ARN itself (the CDK's {@code payloadResponseOnly}), so its result is the function's response.
 *
 * <p>As Lambda reports it to Step Functions: an exception the function throws fails the task with the exception's
 * class name as {@code Error} and the runtime's error document ({@code errorMessage}, {@code errorType},
 * {@code stackTrace}) as {@code Cause}; {@link #throttleNextInvocations} makes the service refuse invocations with
 * {@code Lambda.TooManyRequestsException}, as when the reserved concurrency is used up.
 */
final class EmulatedLambda implements Integration {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaHandlerDriver function;
    private final List<JsonNode> responses = new ArrayList<>();
    private int invocations;
    private int throttled;

    /** @param function the handler, started */
    EmulatedLambda(LambdaHandlerDriver function) {
        this.function = function;
    }

    @Override
    public synchronized JsonNode call(JsonNode input, ExecutionRef execution) {
        if (throttled > 0) {
            throttled--;
            throw TaskFailure.of("Lambda.TooManyRequestsException", "Rate Exceeded. (Service: Lambda, Status Code: "
                    + "429, Request ID: emulated)");
        }
        invocations++;
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        JsonNode response;
        try {
            response = function.deliverBytes(payload);
        } catch (RuntimeException | Error e) {
            throw TaskFailure.of(e.getClass().getName(), errorDocument(e));
        }
        responses.add(response);
        return response;
    }

    /** The next {@code n} invocations are refused by the service before the function runs. */
    synchronized void throttleNextInvocations(int n) {
        throttled = n;
    }

    /** @return how many times the function ran */
    synchronized int invocations() {
        return invocations;
    }

    /** @return every response of the function, in order */
    synchronized List<JsonNode> responses() {
        return List.copyOf(responses);
    }

    /** The Java runtime's report of an unhandled exception. */
    private static String errorDocument(Throwable e) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", e.getMessage());
        error.put("errorType", e.getClass().getName());
        StackTraceElement[] frames = e.getStackTrace();
        var trace = error.putArray("stackTrace");
        for (StackTraceElement frame : frames) {
            trace.add(frame.toString());
        }
        return error.toString();
    }
}
