package dev.adhoc.waittimes.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One completed order's wait: from its submission to its completion.
 *
 * @param orderId     the order
 * @param submittedAt when it entered the barista queue
 * @param completedAt when it was completed
 */
public record WaitSample(OrderId orderId, Instant submittedAt, Instant completedAt) {
    /** Latest completion first; on equal times the lexicographically larger order id counts as later. */
    public static final Comparator<WaitSample> LATEST_FIRST = WaitSample::latestFirst;

    /** @throws NullPointerException if a component is null */
    public WaitSample {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** {@link #LATEST_FIRST} as a plain method (the windows compare samples on every update). */
    static int latestFirst(WaitSample a, WaitSample b) {
        int byTime = b.completedAt.compareTo(a.completedAt);
        return byTime != 0 ? byTime : b.orderId.compareTo(a.orderId);
    }

    /** @return {@code waitTime().toMillis()}, without building the {@code Duration} in the common case */
    long waitMillis() {
        try {
            long nanos = Math.addExact(Math.multiplyExact(Math.subtractExact(completedAt.getEpochSecond(),
                    submittedAt.getEpochSecond()), 1_000_000_000L), completedAt.getNano() - submittedAt.getNano());
            return nanos / 1_000_000; // Duration.ofNanos(nanos).toMillis() truncates the same way
        } catch (ArithmeticException beyondNanos) {
            return waitTime().toMillis(); // waits of more than 292 years: Duration's own way
        }
    }

    /** @return the wait; negative if the completion is earlier than the submission */
    public Duration waitTime() {
        return Duration.between(submittedAt, completedAt);
    }
}
