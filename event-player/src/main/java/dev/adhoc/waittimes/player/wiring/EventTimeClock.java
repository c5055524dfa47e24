package dev.adhoc.waittimes.player.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that follows the events instead of the wall: its time is the latest event time seen so far (the
 * high-water mark). The in-memory store expires order records on it, so a replay of weeks of events in seconds
 * keeps only about a day of open orders, as DynamoDB's time to live would in production. Not thread-safe.
 */
public final class EventTimeClock extends Clock {
    private Instant highWaterMark = Instant.EPOCH;

    /** @param time an event's time; the clock moves forward to it, never back */
    public void advanceTo(Instant time) {
        if (time.isAfter(highWaterMark)) {
            highWaterMark = time;
        }
    }

    @Override
    public Instant instant() {
        return highWaterMark;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("an event-time clock is always UTC");
    }
}
