package dev.adhoc.waittimes.extensions.throughput.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A throughput event as a consumer of the bus reads it.
 *
 * @param tenant    {@code eventId}
 * @param completed {@code completedLast15Minutes}
 * @param asOf      the window's end, {@code "HH:mm:ss"}
 * @param updateId  the window's content id
 */
record ObservedThroughput(String tenant, int completed, String asOf, String updateId) {
    static ObservedThroughput of(JsonNode detail) {
        return new ObservedThroughput(detail.get("eventId").asText(), detail.get("completedLast15Minutes").asInt(),
                detail.get("asOf").asText().substring(11, 19), detail.get("updateId").asText());
    }

    @Override
    public String toString() {
        return tenant + ": " + completed + " as of " + asOf + " (" + updateId + ")";
    }
}
