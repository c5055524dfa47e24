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
    public static final Comparator<WaitSample> LATEST_FIRST =
            Comparator.comparing(WaitSample::completedAt).thenComparing(WaitSample::orderId).reversed();

    /** @throws NullPointerException if a component is null */
    public WaitSample {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** @return the wait; negative if the completion is earlier than the submission */
    public Duration waitTime() {
        return Duration.between(submittedAt, completedAt);
    }
}
