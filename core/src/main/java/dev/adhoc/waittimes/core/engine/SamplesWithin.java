package dev.adhoc.waittimes.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A time-based window: the samples completed within {@code span} up to and including the key's latest completion,
 * that is with a completion time {@code t} such that {@code latest - span < t <= latest}. Event time, not the wall
 * clock: a replay gives what a live run gave.
 *
 * @param span how far back from the latest completion, positive
 */
public record SamplesWithin(Duration span) implements WindowPolicy {
    /** @throws IllegalArgumentException if the span is not positive */
    public SamplesWithin {
        Objects.requireNonNull(span, "span");
        if (span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("span must be positive, was " + span);
        }
    }

    @Override
    public Window select(Iterator<Sample> latestFirst) {
        List<Sample> taken = new ArrayList<>();
        Instant after = null;
        while (latestFirst.hasNext()) {
            Sample s = latestFirst.next();
            if (after == null) {
                after = s.at().minus(span);
            }
            if (!s.at().isAfter(after)) {
                break;
            }
            taken.add(s);
        }
        return new Window(taken);
    }

    @Override
    public int pageSize() {
        return 64;
    }
}
