package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract's rule on events from the future: an event whose {@code time} is later than the processing clock
 * plus the allowed skew is rejected ({@link RejectionReason#TIME_AHEAD_OF_CLOCK}). The processing clock is the wall
 * clock of whatever processes the event (the Lambda, the event player), never an event's time: events of the past
 * are always judged by the other rules, however old. Without the rule, one event dated years ahead would stay the
 * latest sample of its window and move every event-time clock. Thread-safe.
 */
public final class ClockSkewRule {
    /** The default allowed skew: EventBridge stamps {@code time} from the producer's clock, which may run a little ahead. */
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final Duration maxSkew;

    /**
     * @param clock   the processing clock (the wall clock in production)
     * @param maxSkew how far ahead of it an event's time may be; not negative
     */
    public ClockSkewRule(Clock clock, Duration maxSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
        if (maxSkew.isNegative()) {
            throw new IllegalArgumentException("the allowed skew must not be negative, was " + maxSkew);
        }
    }

    /**
     * @param event a parsed event
     * @return the rejection if its time is beyond the processing clock plus the skew, else empty
     */
    public Optional<Rejection> check(OrderEvent event) {
        Instant time = event.occurrence().time();
        Instant now = clock.instant();
        if (!time.isAfter(now.plus(maxSkew))) {
            return Optional.empty();
        }
        // The id names the event and its time, not the message: a redelivery repeats the same id, whatever the clock.
        String id = Rejection.idOf(RejectionReason.TIME_AHEAD_OF_CLOCK.name(), event.occurrence().eventId(),
                time.toString());
        return Optional.of(new Rejection(id, RejectionReason.TIME_AHEAD_OF_CLOCK, "time " + time + " is "
                + describe(Duration.between(now, time)) + " ahead of the processing clock (" + now
                + "); at most " + describe(maxSkew) + " is allowed", event.occurrence().eventId()));
    }

    /**
     * @param parsed what the parser made of an event
     * @return the same result, or a rejection if it is a command dated beyond the processing clock plus the skew
     */
    public ParseResult apply(ParseResult parsed) {
        if (parsed instanceof ParseResult.Parsed command) {
            return check(command.event()).<ParseResult>map(ParseResult.Rejected::new).orElse(parsed);
        }
        return parsed;
    }

    private static String describe(Duration d) {
        long seconds = d.getSeconds();
        if (seconds >= 2 * 86400) {
            return seconds / 86400 + " days";
        }
        if (seconds >= 2 * 3600) {
            return seconds / 3600 + " hours";
        }
        if (seconds >= 120) {
            return seconds / 60 + " minutes";
        }
        return seconds + " s";
    }
}
