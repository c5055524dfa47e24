package dev.adhoc.waittimes.player.cli;

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
import java.util.List;

/**
 * A stand-in for EventBridge's {@code PutEvents} on loopback, for tests of one command: it records the entries
 * it receives and accepts them all, or answers every call with a server error.
 */
final class EventBridgeStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> entries = new ArrayList<>();
    private final boolean failing;

    private EventBridgeStub(boolean failing) throws IOException {
        this.failing = failing;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return a stub that accepts every entry */
    static EventBridgeStub accepting() throws IOException {
        return new EventBridgeStub(false);
    }

    /** @return a stub whose every call fails with HTTP 500 */
    static EventBridgeStub failing() throws IOException {
        return new EventBridgeStub(true);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<JsonNode> entries() {
        return List.copyOf(entries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (failing || !"AWSEvents.PutEvents".equals(target)) {
            respond(exchange, 500, "{\"__type\":\"InternalException\",\"message\":\"stub failure\"}");
            return;
        }
        ObjectNode response = JSON.createObjectNode().put("FailedEntryCount", 0);
        ArrayNode results = response.putArray("Entries");
        synchronized (this) {
            for (JsonNode entry : request.get("Entries")) {
                entries.add(entry);
                results.addObject().put("EventId", "stub-" + entries.size());
            }
        }
        respond(exchange, 200, JSON.writeValueAsString(response));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
