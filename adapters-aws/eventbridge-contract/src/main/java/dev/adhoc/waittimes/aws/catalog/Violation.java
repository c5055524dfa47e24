package dev.adhoc.waittimes.aws.catalog;

import dev.adhoc.waittimes.core.domain.RejectionReason;
import java.util.Objects;

/**
 * One way an event breaks its schema.
 *
 * @param path    JSON Pointer of the offending value in the event ({@code /detail/eventId}); for a missing field,
 *                where it should be; {@code ""} for the whole event
 * @param keyword the JSON Schema keyword that failed ({@code required}, {@code type}, {@code pattern},
 *                {@code format}, ...), or {@code json} / {@code size} when the input is not a JSON object / too large
 * @param message what is wrong, for a person
 * @param reason  the rejection reason the extension's parser must give for the same defect
 */
public record Violation(String path, String keyword, String message, RejectionReason reason) {
    /** @throws NullPointerException if a component is null */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(event)" : path) + ": " + message + " [" + keyword + ", " + reason + "]";
    }
}
