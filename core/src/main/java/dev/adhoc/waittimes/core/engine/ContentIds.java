package dev.adhoc.waittimes.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a window's content: the first 16 bytes, in hex, of the SHA-256 of the UTF-8 text of length-prefixed
 * fields ({@code <length>:<text>}): the tenant, the scope, then per sample its order id, its completion time as
 * {@link java.time.Instant#toString()} writes it and its value. The text, and so every id, is part of the output.
 */
final class ContentIds {
    private ContentIds() {
    }

    static String of(WindowKey key, Window window) {
        StringBuilder text = new StringBuilder(64 + 64 * window.size());
        field(text, key.tenant().value());
        field(text, key.scope());
        for (Sample s : window.samples()) {
            field(text, s.orderId().value());
            field(text, s.at().toString());
            field(text, Long.toString(s.value()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }
}
