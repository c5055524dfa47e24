package dev.adhoc.waittimes.core.domain;

import java.time.Instant;
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
        return new WaitTimeUpdate(key, policy.summarize(window), policy.capacity(), asOf, ContentIds.of(key, window));
    }
}
