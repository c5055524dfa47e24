package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;

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
     * @param key        a wait-time window's key
     * @param window     its samples (values: waits in milliseconds)
     * @param windowSize {@code N}
     * @return the update that describes the window
     */
    public static WaitTimeUpdate of(WindowKey key, Window window, int windowSize) {
        return of(Update.of(key, window, WaitFigures::of), windowSize);
    }

    /**
     * @param update     the engine's update of a wait-time window
     * @param windowSize {@code N}
     * @return the update as the extension emits it
     */
    public static WaitTimeUpdate of(Update<WaitFigures> update, int windowSize) {
        return new WaitTimeUpdate(update.key(), update.after(), windowSize, update.asOf().orElse(null),
                update.updateId());
    }
}
