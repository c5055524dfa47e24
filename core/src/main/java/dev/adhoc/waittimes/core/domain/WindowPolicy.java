package dev.adhoc.waittimes.core.domain;

/**
 * Decides which samples a key's window keeps and what figures it shows. The use case calls it and stores what it
 * returns; a new policy (a time-decayed mean, another percentile) plugs in here without touching the use case.
 *
 * <p>Implementations must be pure and deterministic — storage adapters may call them again after an optimistic
 * concurrency conflict — and must make {@link #admit} idempotent and independent of the order of admissions,
 * because the bus delivers at least once and in any order.
 */
public interface WindowPolicy {
    /** @return the most samples a window may hold (the {@code windowSize} of an update) */
    int capacity();

    /**
     * @param window the current window
     * @param sample a counted order's sample; replaces any sample of the same order
     * @return the window with the sample admitted, or an equal window if the policy does not keep it
     */
    Window admit(Window window, WaitSample sample);

    /**
     * @param window  the current window
     * @param orderId an order that no longer counts
     * @return the window without that order's sample (an equal window if it held none)
     */
    default Window withdraw(Window window, OrderId orderId) {
        return window.without(orderId);
    }

    /** @return the figures of a window */
    WaitFigures summarize(Window window);
}
