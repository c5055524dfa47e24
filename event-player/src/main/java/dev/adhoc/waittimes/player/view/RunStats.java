package dev.adhoc.waittimes.player.view;

import dev.adhoc.waittimes.core.domain.RejectionReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** What a run did so far: events read, accepted, ignored, rejected by reason, updates emitted, and its pace. */
public final class RunStats {
    private final LongSupplier nanoTime;
    private final long startedAt;
    private final Map<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
    private long read;
    private long accepted;
    private long ignored;
    private long updates;
    private long stoppedAt = -1;

    /** @param nanoTime the wall clock ({@link System#nanoTime}) */
    public RunStats(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    /** Stats on the system clock, started now. */
    public RunStats() {
        this(System::nanoTime);
    }

    /** An event (or an unreadable part of the input) was read. */
    public void read() {
        read++;
    }

    /** The extension recorded an event. */
    public void accepted() {
        accepted++;
    }

    /** The event is not one the extension consumes. */
    public void ignored() {
        ignored++;
    }

    /** @param reason why an event was rejected */
    public void rejected(RejectionReason reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    /** @param count updates emitted */
    public void updates(int count) {
        updates += count;
    }

    /** Stops the clock of {@link #eventsPerSecond()}. */
    public void stop() {
        if (stoppedAt < 0) {
            stoppedAt = nanoTime.getAsLong();
        }
    }

    /** @return events read */
    public long eventsRead() {
        return read;
    }

    /** @return events accepted */
    public long eventsAccepted() {
        return accepted;
    }

    /** @return events ignored */
    public long eventsIgnored() {
        return ignored;
    }

    /** @return events rejected, all reasons */
    public long eventsRejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return events rejected per reason */
    public Map<RejectionReason, Long> rejectedByReason() {
        return rejected.isEmpty() ? Map.of() : new EnumMap<>(rejected);
    }

    /** @return updates emitted */
    public long updatesEmitted() {
        return updates;
    }

    /** @return wall seconds since the start (until {@link #stop()}) */
    public double elapsedSeconds() {
        long end = stoppedAt >= 0 ? stoppedAt : nanoTime.getAsLong();
        return (end - startedAt) / 1e9;
    }

    /** @return events read per wall second */
    public double eventsPerSecond() {
        double seconds = elapsedSeconds();
        return seconds > 0 ? read / seconds : 0;
    }
}
