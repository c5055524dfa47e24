package dev.adhoc.waittimes.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An input that was not counted, with the reason. Every rejection is reported; one never stops the others.
 *
 * <p>The id is deterministic: computed from what caused the rejection (for a wait, the order and the two reports
 * that disagree; for bad input, the reason, the event and the message), so a redelivery repeats a rejection only
 * with the same id, and an operator or a queue can drop repeats.
 *
 * @param id       deterministic id of what caused the rejection (32 hex digits)
 * @param reason   the typed reason
 * @param message  what was wrong, in words a user can act on
 * @param eventRef which input it was: the bus event's id when known, else a position such as {@code "line 12"}
 */
public record Rejection(String id, RejectionReason reason, String message, String eventRef) {
    /** @throws NullPointerException if a component is null */
    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(eventRef, "eventRef");
    }

    /**
     * A rejection of one input, its id computed from the reason, the reference and the message.
     *
     * @param reason   the typed reason
     * @param message  what was wrong
     * @param eventRef which input it was
     */
    public Rejection(RejectionReason reason, String message, String eventRef) {
        this(idOf(reason.name(), eventRef, message), reason, message, eventRef);
    }

    /**
     * @param parts what caused a rejection, in a fixed order
     * @return the id of those parts: the first 16 bytes, in hex, of the SHA-256 of their length-prefixed UTF-8 text
     */
    public static String idOf(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(part.length()).append(':').append(part);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
