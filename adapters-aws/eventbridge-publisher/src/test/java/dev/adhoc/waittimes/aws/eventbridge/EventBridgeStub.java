package dev.adhoc.waittimes.aws.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loopback stub of the EventBridge {@code PutEvents} API (AWS JSON 1.1 protocol), for tests. It records every
 * request and answers each entry with success or the error code a {@link Script} chooses.
 */
final class EventBridgeStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";

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

        static Request of(LoopbackAwsApi.Request request) {
            List<JsonNode> entries = new ArrayList<>();
            try {
                JSON.readTree(request.body()).get("Entries").forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Request(request.target(), entries);
        }
    }

    private final LoopbackAwsApi api = LoopbackAwsApi.start(this::answer);
    private volatile Script script = (request, entry, detail) -> Optional.empty();

    /** @param script how the following requests are answered */
    void script(Script script) {
        this.script = script;
    }

    /** @return the stub's endpoint, for the client's endpoint override */
    URI endpoint() {
        return api.endpoint();
    }

    /** @return the {@code PutEvents} requests received so far, in order */
    List<Request> requests() {
        return api.requests().stream().filter(r -> PUT_EVENTS.equals(r.target())).map(Request::of).toList();
    }

    private Answer answer(LoopbackAwsApi.Request received) {
        if (!PUT_EVENTS.equals(received.target())) {
            return Answer.error(400, LoopbackAwsApi.AMZ_JSON_1_1, "UnknownOperationException", received.target());
        }
        List<JsonNode> entries = Request.of(received).entries();
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        int failed = 0;
        for (int i = 0; i < entries.size(); i++) {
            Optional<String> error = script.errorFor(received.number(), i, entries.get(i).get("Detail").textValue());
            if (error.isPresent()) {
                failed++;
                results.addObject().put("ErrorCode", error.get()).put("ErrorMessage", "stubbed " + error.get());
            } else {
                results.addObject().put("EventId", "event-" + received.number() + "-" + i);
            }
        }
        response.put("FailedEntryCount", failed);
        return Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_1, response.toString());
    }

    @Override
    public void close() {
        api.close();
    }
}
