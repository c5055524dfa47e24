package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for EventBridge's {@code PutEvents} on loopback, for tests of one command: it records the entries
 * it receives and accepts them all, or answers every call with a server error.
 */
final class EventBridgeStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> entries = new ArrayList<>();
    private final boolean failing;
    private final LoopbackAwsApi api;

    private EventBridgeStub(boolean failing) {
        this.failing = failing;
        this.api = LoopbackAwsApi.start(this::answer);
    }

    /** @return a stub that accepts every entry */
    static EventBridgeStub accepting() {
        return new EventBridgeStub(false);
    }

    /** @return a stub whose every call fails with HTTP 500 */
    static EventBridgeStub failing() {
        return new EventBridgeStub(true);
    }

    URI endpoint() {
        return api.endpoint();
    }

    synchronized List<JsonNode> entries() {
        return List.copyOf(entries);
    }

    private synchronized Answer answer(LoopbackAwsApi.Request request) throws IOException {
        if (failing || !"AWSEvents.PutEvents".equals(request.target())) {
            return Answer.error(500, LoopbackAwsApi.AMZ_JSON_1_1, "InternalException", "stub failure");
        }
        ObjectNode response = JSON.createObjectNode().put("FailedEntryCount", 0);
        ArrayNode results = response.putArray("Entries");
        for (JsonNode entry : JSON.readTree(request.body()).get("Entries")) {
            entries.add(entry);
            results.addObject().put("EventId", "stub-" + entries.size());
        }
        return Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_1, response.toString());
    }

    @Override
    public void close() {
        api.close();
    }
}
