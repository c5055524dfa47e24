package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A stand-in for the Step Functions API on loopback (JSON 1.0, {@code X-Amz-Target}), modelled on the adapter's own
 * stub: it answers each {@code StartSyncExecution} with what a function of the call gives, and records the calls.
 * It can hold calls until a group of them has arrived and answer the group in reverse input order, so that
 * executions end in another order than they started; and it answers {@code DescribeStacks} (Query/XML) for one stack.
 */
final class StepFunctionsStub implements AutoCloseable {
    static final String AMZ_JSON = "application/x-amz-json-1.0";
    static final String STATE_MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:WaitTimesWorkflow";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as received. */
    record Call(String target, String host, JsonNode body) {
        String input() {
            return body.path("input").asText();
        }

        String stateMachineArn() {
            return body.path("stateMachineArn").asText();
        }

        String name() {
            return body.path("name").asText();
        }

        /** @return the input event's {@code id} */
        String eventId() {
            try {
                return JSON.readTree(input()).path("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An HTTP answer. */
    record Reply(int status, String contentType, String body) {
        Answer answer() {
            return new Answer(status, contentType, body);
        }
    }

    private final Function<Call, Reply> answer;
    private final List<Call> calls = new ArrayList<>();
    private final Object lock = new Object();
    // holding calls: guarded by lock
    private int groupSize = 1;
    private ToIntFunction<Call> inputOrder = call -> 0;
    private final List<Integer> waiting = new ArrayList<>();
    private final Deque<Integer> releaseOrder = new ArrayDeque<>();
    private int inFlight;
    private int mostInFlight;
    private String stackName;
    private String stackArn;
    // calls are answered concurrently, as the service does
    private final LoopbackAwsApi api = LoopbackAwsApi.start(this::handle);

    private StepFunctionsStub(Function<Call, Reply> answer) {
        this.answer = answer;
    }

    /** @return a stub answering each execution with the function's reply */
    static StepFunctionsStub answering(Function<Call, Reply> answer) {
        return new StepFunctionsStub(answer);
    }

    /**
     * Holds calls until {@code size} of them are waiting, then answers those in reverse input order, one after the
     * other. The number of executions sent must be a multiple of {@code size}.
     *
     * @param order the position of a call's event in the input
     */
    StepFunctionsStub heldInGroupsOf(int size, ToIntFunction<Call> order) {
        synchronized (lock) {
            groupSize = size;
            inputOrder = order;
        }
        return this;
    }

    /** Answers {@code DescribeStacks} of this stack with a {@code StateMachineArn} output. */
    StepFunctionsStub withStack(String name, String stateMachineArn) {
        synchronized (lock) {
            stackName = name;
            stackArn = stateMachineArn;
        }
        return this;
    }

    URI endpoint() {
        return api.endpoint();
    }

    List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** @return the most executions that were waiting for their answer at once */
    int mostInFlight() {
        synchronized (lock) {
            return mostInFlight;
        }
    }

    private Answer handle(LoopbackAwsApi.Request request) throws IOException, InterruptedException {
        String body = request.body();
        String target = request.target();
        if (target == null && body.contains("Action=DescribeStacks")) {
            return describeStacks(body).answer();
        }
        Call call = new Call(target, request.header("Host"), JSON.readTree(body));
        int index;
        synchronized (lock) {
            calls.add(call);
            index = inputOrder.applyAsInt(call);
            inFlight++;
            mostInFlight = Math.max(mostInFlight, inFlight);
            waiting.add(index);
            if (waiting.size() == groupSize) {
                waiting.sort((a, b) -> Integer.compare(b, a));
                releaseOrder.addAll(waiting);
                waiting.clear();
                lock.notifyAll();
            }
            while (releaseOrder.isEmpty() || releaseOrder.peekFirst() != index) {
                lock.wait();
            }
            inFlight--; // before the answer: the client may start its next call as soon as it has it
        }
        try {
            return (call.target() != null && call.target().equals("AWSStepFunctions.StartSyncExecution")
                    ? answer.apply(call) : error(400, "UnknownOperationException", "not stubbed: " + call.target()))
                    .answer();
        } finally {
            synchronized (lock) {
                releaseOrder.pollFirst(); // the next of the group is answered after this one
                lock.notifyAll();
            }
        }
    }

    private Reply describeStacks(String body) {
        synchronized (lock) {
            if (stackName == null || !body.contains("StackName=" + stackName)) {
                return new Reply(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code>"
                        + "<Message>Stack does not exist</Message></Error></ErrorResponse>");
            }
            return new Reply(200, "text/xml", """
                    <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                      <DescribeStacksResult><Stacks><member>
                        <StackName>%s</StackName><StackStatus>CREATE_COMPLETE</StackStatus>
                        <CreationTime>2026-11-27T08:00:00.000Z</CreationTime>
                        <Outputs><member><OutputKey>StateMachineArn</OutputKey><OutputValue>%s</OutputValue></member></Outputs>
                      </member></Stacks></DescribeStacksResult>
                      <ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata>
                    </DescribeStacksResponse>""".formatted(stackName, stackArn));
        }
    }

    /** @return a SUCCEEDED execution of the call whose output is the handler's result */
    static Reply succeeded(Call call, String output) {
        ObjectNode response = execution(call, "SUCCEEDED");
        response.put("output", output);
        return new Reply(200, AMZ_JSON, response.toString());
    }

    /** @return a FAILED (or TIMED_OUT) execution with its error and cause */
    static Reply ended(Call call, String status, String error, String cause) {
        ObjectNode response = execution(call, status);
        response.put("error", error);
        response.put("cause", cause);
        return new Reply(200, AMZ_JSON, response.toString());
    }

    /** @return an API error, e.g. 400 AccessDeniedException */
    static Reply error(int status, String type, String message) {
        return new Reply(status, AMZ_JSON, JSON.createObjectNode().put("__type", type).put("message", message).toString());
    }

    /** @return the handler's output for an accepted event emitting these details, as the Lambda writes it */
    static String accepted(String... details) {
        ObjectNode output = JSON.createObjectNode().put("status", "ACCEPTED");
        for (String detail : details) {
            output.withArray("entries").addObject().put("Source", "awsserverlessda.serverlesspresso")
                    .put("DetailType", "OrderManager.DrinkAverageTime").put("EventBusName", "Serverlesspresso")
                    .put("Detail", detail);
        }
        if (details.length == 0) {
            output.putArray("entries");
        }
        return output.toString();
    }

    private static ObjectNode execution(Call call, String status) {
        ObjectNode response = JSON.createObjectNode();
        response.put("executionArn", "arn:aws:states:us-east-1:123456789012:express:WaitTimesWorkflow:" + call.name()
                + ":0d3f6a1e-2b4c-4d5e-8f9a-1b2c3d4e5f60");
        response.put("name", call.name());
        response.put("stateMachineArn", call.stateMachineArn());
        response.put("status", status);
        response.put("input", call.input());
        response.put("startDate", 1.7951328E9);
        response.put("stopDate", 1.7951328002E9);
        response.putObject("billingDetails").put("billedDurationInMilliseconds", 100).put("billedMemoryUsedInMB", 64);
        return response;
    }

    @Override
    public void close() {
        api.close();
    }
}
