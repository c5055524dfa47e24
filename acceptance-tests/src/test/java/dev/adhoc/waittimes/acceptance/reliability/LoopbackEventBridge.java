package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loopback stand-in for the EventBridge {@code PutEvents} API (AWS JSON 1.1) that fails the entries a
 * {@link Script} chooses, as a throttled or troubled bus does (the call succeeds, {@code FailedEntryCount > 0}),
 * and keeps every entry it accepted — what the bus would deliver to the screens.
 */
final class LoopbackEventBridge implements AutoCloseable {
    /** Decides whether an entry fails. */
    @FunctionalInterface
    interface Script {
        /** @return an error code to fail the entry with, or empty to accept it */
        Optional<String> errorFor(String detail);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<String> accepted = new ArrayList<>();
    private volatile Script script = detail -> Optional.empty();
    private int requests;
    private int failedEntries;

    LoopbackEventBridge() {
        // Without TCP_NODELAY each answer waits for the client's delayed ACK (about 40 ms a call on Linux). Read
        // once, when the JDK's HTTP server is first used; no other test of this module starts one.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return a client of this stub (static dummy credentials: loopback only) */
    EventBridgeClient client() {
        InetSocketAddress address = server.getAddress();
        URI endpoint = URI.create("http://" + address.getHostString() + ":" + address.getPort());
        return EventBridgeClients.create(Optional.of(endpoint), Optional.of(Region.US_WEST_2),
                Optional.of(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))));
    }

    /** @param script how the following entries are answered */
    void script(Script script) {
        this.script = script;
    }

    /** @return the details of every entry accepted so far, in order */
    synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** @return the PutEvents calls received */
    synchronized int requests() {
        return requests;
    }

    /** @return the entries answered with an error */
    synchronized int failedEntries() {
        return failedEntries;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"AWSEvents.PutEvents".equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))) {
                respond(exchange, 400, json.createObjectNode().put("__type", "UnknownOperationException"));
                return;
            }
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            ObjectNode response = json.createObjectNode();
            ArrayNode results = response.putArray("Entries");
            int failed = 0;
            synchronized (this) {
                requests++;
                for (JsonNode entry : body.path("Entries")) {
                    String detail = entry.path("Detail").asText();
                    Optional<String> error = script.errorFor(detail);
                    if (error.isPresent()) {
                        failed++;
                        results.addObject().put("ErrorCode", error.get()).put("ErrorMessage", "stubbed");
                    } else {
                        accepted.add(detail);
                        results.addObject().put("EventId", "event-" + requests + "-" + accepted.size());
                    }
                }
                failedEntries += failed;
            }
            response.put("FailedEntryCount", failed);
            respond(exchange, 200, response);
        }
    }

    private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
