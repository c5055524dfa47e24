package dev.adhoc.waittimes.aws.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A loopback stub of the EventBridge {@code PutEvents} API (AWS JSON 1.1 protocol), for tests. It records every
 * request and answers each entry with success or the error code a {@link Script} chooses.
 */
final class EventBridgeStub implements AutoCloseable {
    /** Decides, per request and entry, whether the entry fails. */
    @FunctionalInterface
    interface Script {
        /**
         * @param request 0 for the first request the stub receives
         * @param entry   the entry's position in that request
         * @param detail  the entry's detail
         * @return an error code to fail the entry with, or empty for success
         */
        Optional<String> errorFor(int request, int entry, String detail);
    }

    /** One request received: its {@code X-Amz-Target} header and its entries. */
    record Request(String target, List<JsonNode> entries) {
        List<String> details() {
            return entries.stream().map(e -> e.get("Detail").textValue()).toList();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Script script = (request, entry, detail) -> Optional.empty();

    EventBridgeStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @param script how the following requests are answered */
    void script(Script script) {
        this.script = script;
    }

    /** @return the stub's endpoint, for the client's endpoint override */
    URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** @return the requests received so far, in order */
    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            if (!"AWSEvents.PutEvents".equals(target)) {
                respond(exchange, 400, json.createObjectNode().put("__type", "UnknownOperationException"));
                return;
            }
            List<JsonNode> entries = new ArrayList<>();
            body.get("Entries").forEach(entries::add);
            int index;
            synchronized (requests) {
                index = requests.size();
                requests.add(new Request(target, entries));
            }
            ObjectNode response = json.createObjectNode();
            ArrayNode results = response.putArray("Entries");
            int failed = 0;
            for (int i = 0; i < entries.size(); i++) {
                Optional<String> error = script.errorFor(index, i, entries.get(i).get("Detail").textValue());
                if (error.isPresent()) {
                    failed++;
                    results.addObject().put("ErrorCode", error.get()).put("ErrorMessage", "stubbed " + error.get());
                } else {
                    results.addObject().put("EventId", "event-" + index + "-" + i);
                }
            }
            response.put("FailedEntryCount", failed);
            respond(exchange, 200, response);
        }
    }

    private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
