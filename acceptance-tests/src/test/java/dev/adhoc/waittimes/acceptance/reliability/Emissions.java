package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reached the bus: every emitted {@code OrderManager.DrinkAverageTime} detail, in emission order. Its purpose
 * is the consumers' guarantee: two emissions with the same {@code updateId} carry the same values, so a screen may
 * drop a repeated id. Thread-safe.
 */
final class Emissions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One emitted detail, and the key and update id it names. */
    record Emitted(String key, String updateId, String detail) {
    }

    private final List<Emitted> emitted = new ArrayList<>();

    /** Adds the entries of a handler output (ADR 0003) as the workflow would emit them. */
    synchronized void addEntries(JsonNode handlerOutput) {
        for (JsonNode entry : handlerOutput.path("entries")) {
            addDetail(entry.path("Detail").asText());
        }
    }

    /** Adds one detail as it went on the bus. */
    synchronized void addDetail(String detail) {
        try {
            JsonNode d = JSON.readTree(detail);
            emitted.add(new Emitted(d.path("eventId").asText() + "/" + d.path("drink").asText(),
                    d.path("updateId").asText(), detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many details were emitted */
    synchronized int size() {
        return emitted.size();
    }

    /** @return the emitted details, in order */
    synchronized List<Emitted> all() {
        return List.copyOf(emitted);
    }

    /** @return the update ids that were emitted with two or more different details (must be none) */
    synchronized Map<String, Set<String>> conflictingUpdateIds() {
        Map<String, Set<String>> details = new HashMap<>();
        emitted.forEach(e -> details.computeIfAbsent(e.updateId(), id -> new HashSet<>()).add(e.detail()));
        details.values().removeIf(d -> d.size() < 2);
        return details;
    }

    /** @return how many emissions repeated an update id already emitted (a consumer drops them) */
    synchronized long repeatedUpdateIds() {
        Set<String> seen = new HashSet<>();
        return emitted.stream().filter(e -> !seen.add(e.updateId())).count();
    }

    /** @return the update id of the last emission of each key */
    synchronized Map<String, String> lastUpdateIds() {
        Map<String, String> last = new LinkedHashMap<>();
        emitted.forEach(e -> last.put(e.key(), e.updateId()));
        return last;
    }
}
