package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The loopback HTTP endpoint ({@code POST http://127.0.0.1:<port>/task}) that the runner hands every Task state to:
 * it finds the integration of the state's {@code Resource}, checks Step Functions' payload quota on the way in and out,
 * and answers {@code {"result": ...}} or {@code {"error", "cause", "terminal"}}.
 */
final class TaskEndpoint implements AutoCloseable {
    /** Step Functions' quota on a task's input and result: 256 KiB of UTF-8. */
    static final int PAYLOAD_QUOTA_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Integration> integrations;

    private TaskEndpoint(Map<String, Integration> integrations) {
        this.integrations = Map.copyOf(integrations);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("no loopback port for the task endpoint", e);
        }
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "workflow-task-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/task", this::handle);
        server.start();
    }

    /** @param integrations what each Task {@code Resource} does, by resource ARN */
    static TaskEndpoint start(Map<String, Integration> integrations) {
        return new TaskEndpoint(integrations);
    }

    /** @return the endpoint's URL */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/task");
    }

    private void handle(HttpExchange exchange) throws IOException {
        ObjectNode answer;
        try {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            answer = JSON.createObjectNode().set("result", call(request));
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
        byte[] body = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
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
        server.stop(0);
        executor.shutdownNow();
    }
}
