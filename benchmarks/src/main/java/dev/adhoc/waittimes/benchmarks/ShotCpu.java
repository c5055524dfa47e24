package dev.adhoc.waittimes.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time the measuring threads spent in their shots, summed over an iteration. On a shared machine the
 * wall-clock score also counts the time a thread waited for a core; this does not. {@link CpuTimeProfiler}
 * reports it.
 */
public final class ShotCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder NANOS = new LongAdder();
    private static final LongAdder EVENTS = new LongAdder();

    private ShotCpu() {
    }

    /** @return the current thread's CPU time in nanoseconds */
    public static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Adds one thread's shot: the CPU time since {@code start} ({@link #now()}) and its number of events. */
    public static void shot(long start, int events) {
        NANOS.add(now() - start);
        EVENTS.add(events);
    }

    /** @return {CPU nanoseconds, events} since the last call, and starts over */
    static long[] drain() {
        return new long[] {NANOS.sumThenReset(), EVENTS.sumThenReset()};
    }
}
