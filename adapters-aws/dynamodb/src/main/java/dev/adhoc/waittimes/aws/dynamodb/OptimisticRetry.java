package dev.adhoc.waittimes.aws.dynamodb;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a window update is retried after a concurrent update won: bounded attempts, with
 * exponential backoff and full jitter (a uniformly random pause between zero and the capped exponential delay),
 * so that contending writers spread out instead of colliding again.
 *
 * @param maxAttempts how many read-compute-write attempts at most (at least 1)
 * @param baseDelay   the cap of the pause before the first retry; it doubles with each retry
 * @param maxDelay    the cap of any pause
 */
public record OptimisticRetry(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    /** 10 attempts, pauses capped at 10 ms, 20 ms, ... 1 s: about 3.3 s of pauses at most. */
    public static final OptimisticRetry DEFAULT = new OptimisticRetry(10, Duration.ofMillis(10), Duration.ofSeconds(1));

    /** @throws IllegalArgumentException if attempts are below 1 or a delay is negative */
    public OptimisticRetry {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /**
     * @param retry the retry about to happen, 1 for the first
     * @return a random pause in {@code [0, min(maxDelay, baseDelay * 2^(retry-1))]}
     */
    Duration pauseBefore(int retry) {
        long cap = Math.min(maxDelay.toNanos(), baseDelay.toNanos() << Math.min(retry - 1, 30));
        return Duration.ofNanos(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }
}
