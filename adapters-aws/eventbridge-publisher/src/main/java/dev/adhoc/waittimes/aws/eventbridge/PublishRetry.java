package dev.adhoc.waittimes.aws.eventbridge;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How often and how long {@link EventBridgeWaitTimePublisher} resends the entries a {@code PutEvents} call reported
 * as failed: at most {@code maxAttempts} calls per batch, waiting a "full jitter" backoff in between (a uniformly
 * random delay up to {@code baseDelay * 2^retry}, capped at {@code maxDelay}) so that many Lambdas throttled at once
 * do not retry in step.
 *
 * @param maxAttempts calls per batch, the first included (1 means no resend)
 * @param baseDelay   the backoff's upper bound before the first resend
 * @param maxDelay    the largest backoff
 * @param sleeper     how to wait (tests pass one that records instead of sleeping)
 * @param jitter      uniform random numbers in [0, 1)
 */
public record PublishRetry(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper,
                           DoubleSupplier jitter) {
    /** 4 attempts, backoff up to 100 ms, 200 ms, 400 ms; real sleeping and randomness. */
    public static final PublishRetry DEFAULT = new PublishRetry(4, Duration.ofMillis(100), Duration.ofSeconds(2),
            Sleeper.THREAD, Math::random);

    /** Waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        /** Sleeps on the current thread. */
        Sleeper THREAD = d -> Thread.sleep(d.toMillis());

        /**
         * @param delay how long to wait
         * @throws InterruptedException if interrupted while waiting
         */
        void sleep(Duration delay) throws InterruptedException;
    }

    /** @throws IllegalArgumentException if a value is out of range */
    public PublishRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(jitter, "jitter");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    /**
     * @param retry 0 for the wait before the first resend
     * @return the jittered delay before that resend
     */
    public Duration delayBefore(int retry) {
        long cap = baseDelay.toMillis() << Math.min(retry, 20);
        long bound = Math.min(cap, maxDelay.toMillis());
        return Duration.ofMillis((long) (jitter.getAsDouble() * bound));
    }
}
