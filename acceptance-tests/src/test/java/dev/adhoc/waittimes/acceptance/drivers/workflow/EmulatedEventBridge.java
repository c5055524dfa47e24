package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * The optimized {@code arn:aws:states:::events:putEvents} integration and the bus behind it, as the Step Functions
 * and EventBridge guides describe them: the task's {@code Entries} go to {@code PutEvents}; EventBridge accepts or
 * refuses each entry on its own (a refused entry gets an {@code ErrorCode}), at most 10 entries a call; the
 * integration appends the execution's and the state machine's ARNs to each entry's {@code Resources}, and fails the
 * task with {@code EventBridge.FailedEntry} when {@code FailedEntryCount} is not 0 — after the other entries were put.
 * The bus keeps every accepted entry, in order.
 */
final class EmulatedEventBridge implements Integration {
    /** The task resource. */
    static final String RESOURCE = "arn:aws:states:::events:putEvents";
    /** {@code PutEvents} takes at most this many entries. */
    static final int MAX_ENTRIES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Refusal(IntPredicate entries, String errorCode) {
    }

    private final List<JsonNode> bus = new ArrayList<>();
    private final Deque<Refusal> refusals = new ArrayDeque<>();
    private int calls;

    @Override
    public synchronized JsonNode call(JsonNode input, ExecutionRef execution) {
        calls++;
        JsonNode entries = input.path("Entries");
        if (!entries.isArray() || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw TaskFailure.of("EventBridge.EventBridgeException", "1 validation error detected: Value at 'entries'"
                    + " failed to satisfy constraint: Member must have length between 1 and " + MAX_ENTRIES
                    + " (Service: EventBridge, Status Code: 400)");
        }
        Refusal refusal = refusals.poll();
        ArrayNode results = JSON.createArrayNode();
        int failed = 0;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String malformed = malformed(entry);
            if (malformed != null || (refusal != null && refusal.entries().test(i))) {
                failed++;
                results.addObject()
                        .put("ErrorCode", malformed != null ? "MalformedDetail" : refusal.errorCode())
                        .put("ErrorMessage", malformed != null ? malformed : "refused by the emulated bus");
            } else {
                ObjectNode put = entry.deepCopy();
                if (put.get("Detail").isObject()) {   // the integration sends a JSON object as its text
                    put.put("Detail", put.get("Detail").toString());
                }
                ArrayNode resources = put.has("Resources") ? (ArrayNode) put.get("Resources") : put.putArray("Resources");
                resources.add(execution.executionArn()).add(execution.stateMachineArn());
                bus.add(put);
                results.addObject().put("EventId", UUID.randomUUID().toString());
            }
        }
        ObjectNode response = JSON.createObjectNode();
        response.set("Entries", results);
        response.put("FailedEntryCount", failed);
        if (failed > 0) {
            throw TaskFailure.of("EventBridge.FailedEntry", response.toString());
        }
        return response;
    }

    /** @return why EventBridge would refuse the entry, or null */
    private static String malformed(JsonNode entry) {
        for (String field : List.of("Source", "DetailType")) {
            if (!entry.path(field).isTextual() || entry.path(field).asText().isEmpty()) {
                return field + " is missing";
            }
        }
        if (entry.path("Detail").isObject()) {
            return null;
        }
        if (!entry.path("Detail").isTextual()) {
            return "Detail is missing";
        }
        try {
            if (!JSON.readTree(entry.get("Detail").asText()).isObject()) {
                return "Detail is not a JSON object";
            }
        } catch (IOException e) {
            return "Detail is not valid JSON";
        }
        return null;
    }

    /** Each of the next {@code calls} calls refuses all its entries. */
    synchronized void refuseEveryEntryOfTheNextCalls(int calls) {
        for (int i = 0; i < calls; i++) {
            refusals.add(new Refusal(index -> true, "InternalFailure"));
        }
    }

    /** The next call refuses only its entry at {@code index}, as a throttled entry. */
    synchronized void refuseOneEntryOfTheNextCall(int index) {
        refusals.add(new Refusal(i -> i == index, "ThrottlingException"));
    }

    /** @return every accepted entry, in order */
    synchronized List<JsonNode> bus() {
        return List.copyOf(bus);
    }

    /** @return how many {@code PutEvents} calls the workflow made */
    synchronized int calls() {
        return calls;
    }
}
