package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeClients;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi;
import dev.adhoc.waittimes.testsupport.LoopbackAwsApi.Answer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.io.IOException;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackAwsApi api = LoopbackAwsApi.start(this::answer);
    private final List<String> accepted = new ArrayList<>();
    private volatile Script script = detail -> Optional.empty();
    private int requests;
    private int failedEntries;

    /** @return a client of this stub (the loopback rules' dummy credentials) */
    EventBridgeClient client() {
        return EventBridgeClients.create(Optional.of(api.endpoint()), Optional.of(Region.US_WEST_2), Optional.empty());
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

    private synchronized Answer answer(LoopbackAwsApi.Request request) throws IOException {
        if (!"AWSEvents.PutEvents".equals(request.target())) {
            return Answer.error(400, LoopbackAwsApi.AMZ_JSON_1_1, "UnknownOperationException", request.target());
        }
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        int failed = 0;
        requests++;
        for (JsonNode entry : JSON.readTree(request.body()).path("Entries")) {
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
        response.put("FailedEntryCount", failed);
        return Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_1, response.toString());
    }

    @Override
    public void close() {
        api.close();
    }
}
