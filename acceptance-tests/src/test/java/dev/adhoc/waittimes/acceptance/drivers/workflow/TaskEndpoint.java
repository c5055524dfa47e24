package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The loopback HTTP endpoint ({@code POST http://127.0.0.1:<port>/task}) that the runner hands every Task state to:
 * it finds the integration of the state's {@code Resource}, checks Step Functions' payload quota on the way in and out,
 * and answers {@code {"result": ...}} or {@code {"error", "cause", "terminal"}}.
 */
final class TaskEndpoint implements AutoCloseable {
    /** Step Functions' quota on a task's input and result: 256 KiB of UTF-8. */
    static final int PAYLOAD_QUOTA_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integration> integrations;
    private final LoopbackAwsApi api;

    private TaskEndpoint(Map<String, Integration> integrations) {
        this.integrations = Map.copyOf(integrations);
        this.api = LoopbackAwsApi.start(this::answer);
    }

    /** @param integrations what each Task {@code Resource} does, by resource ARN */
    static TaskEndpoint start(Map<String, Integration> integrations) {
        return new TaskEndpoint(integrations);
    }

    /** @return the endpoint's URL */
    URI uri() {
        return api.endpoint().resolve("/task");
    }

    /** One task at a time, in the order the runner hands them over. */
    private synchronized Answer answer(LoopbackAwsApi.Request request) throws IOException {
        ObjectNode answer;
        try {
            answer = JSON.createObjectNode().set("result", call(JSON.readTree(request.body())));
        } catch (TaskFailure f) {
            answer = JSON.createObjectNode().put("error", f.error()).put("cause", f.cause())
                    .put("terminal", f.terminal());
        } catch (IOException | RuntimeException | Error e) {
            // a defect of the emulation, not of the system: ends the execution, never retried nor caught
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            answer = JSON.createObjectNode().put("error", "EmulationDefect").put("cause", trace.toString())
                    .put("terminal", true);
        }
        return Answer.json(200, "application/json", JSON.writeValueAsString(answer));
    }

    private JsonNode call(JsonNode request) throws IOException {
        String resource = request.path("resource").asText();
        Integration integration = integrations.get(resource);
        if (integration == null) {
            throw new TaskFailure("EmulationDefect", "no emulated integration for the resource " + resource
                    + " of the state " + request.path("state").asText(), true);
        }
        JsonNode input = request.path("input");
        checkQuota("the input of " + request.path("state").asText(), input);
        JsonNode execution = request.path("execution");
        JsonNode result = integration.call(input, new Integration.ExecutionRef(execution.path("Id").asText(),
                execution.path("StateMachineId").asText()));
        checkQuota("the result of " + request.path("state").asText(), result);
        return result;
    }

    private static void checkQuota(String what, JsonNode payload) throws IOException {
        int size = JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8).length;
        if (size > PAYLOAD_QUOTA_BYTES) {
            throw new TaskFailure("States.DataLimitExceeded",
                    what + " is " + size + " bytes, above the quota of " + PAYLOAD_QUOTA_BYTES, true);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
