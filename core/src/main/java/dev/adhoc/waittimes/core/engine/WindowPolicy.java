package dev.adhoc.waittimes.core.engine;

import java.util.Iterator;

/**
 * Which of a key's counted samples make its window. The engine hands the policy every counted sample of the key,
 * latest first, lazily; the policy takes what it needs and stops, so a window costs what it holds, never the
 * key's history. Count-based ({@link LatestSamples}) or time-based ({@link SamplesWithin}).
 *
 * <p>Implementations must be pure: the same samples always give the same window.
 */
public interface WindowPolicy {
    /**
     * @param latestFirst every counted sample of the key, latest completion first
     * @return the window
     */
    Window select(Iterator<Sample> latestFirst);

    /** @return how many samples a store should fetch at a time for this policy (a hint) */
    int pageSize();
}
