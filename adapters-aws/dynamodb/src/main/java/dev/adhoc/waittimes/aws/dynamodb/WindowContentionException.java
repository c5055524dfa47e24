package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.WindowKey;

/**
 * A window kept changing under every attempt to update it: other writers won each optimistic-concurrency race.
 * Nothing was written by the failed update; retrying the event later is safe (every step is idempotent).
 */
public final class WindowContentionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WindowKey key;
    private final int attempts;

    WindowContentionException(WindowKey key, int attempts, Throwable lastConflict) {
        super("window " + key + " changed under each of " + attempts + " attempts to update it; giving up", lastConflict);
        this.key = key;
        this.attempts = attempts;
    }

    /** @return the window's key */
    public WindowKey key() {
        return key;
    }

    /** @return how many attempts were made */
    public int attempts() {
        return attempts;
    }
}
