package dev.adhoc.waittimes.core.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key's window changed, or an event of an order in it arrived again: its figures before and after, so that a
 * consumer triggered by a crossing needs no state of its own.
 *
 * @param key      the window's key
 * @param before   the figures without this event's effect
 * @param after    the figures now
 * @param window   the window now
 * @param updateId deterministic id of the window's content: the same window always gives the same id
 * @param <F>      the figures' type
 */
public record Update<F>(WindowKey key, F before, F after, Window window, String updateId) {
    /** @throws NullPointerException if a component is null */
    public Update {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(updateId, "updateId");
    }

    /**
     * @param key     a window's key
     * @param window  its window
     * @param summary its figures
     * @param <F>     the figures' type
     * @return the update that describes the window as it is (the same figures before and after)
     */
    public static <F> Update<F> of(WindowKey key, Window window, Summary<F> summary) {
        F figures = summary.of(window);
        return new Update<>(key, figures, figures, window, ContentIds.of(key, window));
    }

    /** @return the latest completion in the window (empty for an emptied window) */
    public Optional<Instant> asOf() {
        return window.latest();
    }
}
