package dev.adhoc.waittimes.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the extension emits whenever a key's window changes ({@code OrderManager.DrinkAverageTime} on the bus).
 *
 * @param key        the tenant and drink
 * @param figures    average, p50, p90 and sample size of the window
 * @param windowSize the most samples the window may hold ({@code N})
 * @param asOf       the latest completion time in the window; {@code null} only for an emptied window
 * @param updateId   deterministic id of the window's content: the same window always gives the same id, so a
 *                   consumer can drop duplicates, and two different windows never share one
 */
public record WaitTimeUpdate(WindowKey key, WaitFigures figures, int windowSize, Instant asOf, String updateId) {
    /** @throws NullPointerException if the key, figures or id is null */
    public WaitTimeUpdate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(updateId, "updateId");
    }

    /**
     * @param key    the tenant and drink
     * @param window the window after the change
     * @param policy the policy that keeps the window
     * @return the update that describes the window
     */
    public static WaitTimeUpdate of(WindowKey key, Window window, WindowPolicy policy) {
        Instant asOf = window.isEmpty() ? null : window.samples().get(0).completedAt();
        return new WaitTimeUpdate(key, policy.summarize(window), policy.capacity(), asOf, idOf(key, window));
    }

    private static String idOf(WindowKey key, Window window) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        // Length-prefixed fields: no two different windows serialize to the same bytes.
        StringBuilder text = new StringBuilder();
        append(text, key.tenant().value());
        append(text, key.drink().name());
        for (WaitSample s : window.samples()) {
            append(text, s.orderId().value());
            append(text, s.submittedAt().toString());
            append(text, s.completedAt().toString());
        }
        byte[] hash = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static void append(StringBuilder text, String field) {
        text.append(field.length()).append(':').append(field);
    }
}
