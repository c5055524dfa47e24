package dev.adhoc.waittimes.core.engine;

/**
 * The figures an extension shows for a window (an average and percentiles, a count, ...). Must be pure.
 *
 * @param <F> the figures' type
 */
@FunctionalInterface
public interface Summary<F> {
    /** @return the figures of a window (also of an empty one) */
    F of(Window window);
}
