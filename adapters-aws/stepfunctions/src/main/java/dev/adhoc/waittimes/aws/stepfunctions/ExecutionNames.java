package dev.adhoc.waittimes.aws.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Execution names: the event's id, made safe, plus a short random suffix.
 *
 * <p>Express executions do not deduplicate by name, so the name exists for tracing only: the event id makes an
 * execution easy to find in the logs, the suffix keeps two runs of the same event apart. Names use the alphabet
 * {@code [0-9A-Za-z_-]} and at most {@value #MAX_LENGTH} characters, which every execution type and CloudWatch
 * logging accept.
 */
public final class ExecutionNames {
    /** The longest execution name Step Functions accepts. */
    public static final int MAX_LENGTH = 80;
    /** The name's prefix when the event has no usable id. */
    static final String NO_ID = "event";
    private static final int SUFFIX_LENGTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return a new name for an execution of this event: its {@code id} made safe, a dash, a random suffix */
    public String forEvent(String eventJson) {
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(Character.forDigit(random.nextInt(36), 36));
        }
        return compose(eventIdOf(eventJson), suffix.toString());
    }

    /**
     * The name for an event id and a suffix: every character outside {@code [0-9A-Za-z_-]} becomes {@code _}, and the
     * id is cut so that the whole name fits in {@value #MAX_LENGTH} characters.
     *
     * @param eventId the event's id, or null or blank if it has none
     * @param suffix  a short suffix of safe characters, shorter than {@value #MAX_LENGTH} - 1
     * @return {@code safeId + "-" + suffix}
     */
    public static String compose(String eventId, String suffix) {
        if (suffix.isEmpty() || suffix.length() >= MAX_LENGTH - 1 || !sanitize(suffix).equals(suffix)) {
            throw new IllegalArgumentException("suffix must be 1 to " + (MAX_LENGTH - 2) + " safe characters: " + suffix);
        }
        String id = eventId == null || eventId.isBlank() ? NO_ID : sanitize(eventId);
        int room = MAX_LENGTH - 1 - suffix.length();
        return (id.length() > room ? id.substring(0, room) : id) + "-" + suffix;
    }

    /** @return the event's top-level {@code id} if it is a non-blank string, else null (not JSON, no id) */
    static String eventIdOf(String eventJson) {
        try {
            JsonNode id = JSON.readTree(eventJson).path("id");
            return id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        } catch (JsonProcessingException notJson) {
            return null; // the workflow itself reports bad input; the name only needs a fallback
        }
    }

    private static String sanitize(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || c == '_' || c == '-';
            safe.append(allowed ? c : '_');
        }
        return safe.toString();
    }
}
