package dev.adhoc.waittimes.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A UTC clock that stands still until it is set: fixed during a measurement, moved between two. */
public final class SettableClock extends Clock {
    private volatile Instant now;

    /** @param now the time it shows until set */
    public SettableClock(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
    }

    /** @param instant the time it shows from now on */
    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
