package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Counting;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What counts for wait times (contract, section 2): an order counts in its tenant's and drink's window once its
 * submission and completion are known, with the wait between them; a pair of reports whose wait is negative or
 * above the ceiling is rejected; in {@link CompletionMode#FINISHED} a cancelled or timed-out order never counts.
 *
 * @param maxWait the ceiling above which a wait is rejected
 * @param mode    which events complete an order
 */
public record WaitTimeRules(Duration maxWait, CompletionMode mode) implements Counting {
    /** @throws NullPointerException if a component is null */
    public WaitTimeRules {
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(mode, "mode");
    }

    /** @return the rules of these settings */
    public static WaitTimeRules of(WaitTimeSettings settings) {
        return new WaitTimeRules(settings.maxWait(), settings.completionMode());
    }

    @Override
    public Optional<WindowKey> key(TenantId tenant, Optional<Drink> drink) {
        return drink.map(d -> new WindowKey(tenant, d));
    }

    @Override
    public OptionalLong value(OrderRecord record) {
        if (mode == CompletionMode.FINISHED && record.closing().isPresent()) {
            return OptionalLong.empty(); // the reference's "finished" also follows a cancellation: never count those
        }
        Optional<Submission> submission = record.submission();
        Optional<Occurrence> completion = record.completion();
        return submission.isEmpty() || completion.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(waitOf(submission.get(), completion.get()).toMillis());
    }

    @Override
    public Optional<Violation> check(Submission submission, Occurrence completion) {
        Duration wait = waitOf(submission, completion);
        if (wait.isNegative()) {
            return Optional.of(new Violation(RejectionReason.NEGATIVE_WAIT, "completed at " + completion.time()
                    + " (event " + completion.eventId() + "), before it was submitted at "
                    + submission.occurrence().time() + " (event " + submission.occurrence().eventId() + ")"));
        }
        if (wait.compareTo(maxWait) > 0) {
            return Optional.of(new Violation(RejectionReason.WAIT_ABOVE_CEILING, "waited " + wait.toSeconds()
                    + " s from its submission (event " + submission.occurrence().eventId() + ") to its completion (event "
                    + completion.eventId() + "), above the ceiling of " + maxWait.toSeconds() + " s"));
        }
        return Optional.empty();
    }

    private static Duration waitOf(Submission submission, Occurrence completion) {
        return Duration.between(submission.occurrence().time(), completion.time());
    }
}
