package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

import java.util.concurrent.TimeUnit;

/**
 * Events per second through {@code WaitTimesService.record} on the in-memory adapters, for window sizes 10 and
 * 100, with 1 thousand and 1 million orders of history.
 *
 * <p>Each iteration is one timed shot: every thread records {@value #ORDERS_PER_SHOT} new orders of its own tenant
 * ({@value #EVENTS_PER_SHOT} events: submissions, completions, a few cancellations, live interleaving) on top of
 * exactly the same history; the score is nanoseconds per event. Shots are short so that the history stays close to
 * its nominal size; many of them are averaged. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 200)
@Measurement(iterations = 400)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CoreThroughput {
    /** Orders each thread records per shot. */
    public static final int ORDERS_PER_SHOT = 500;
    /** Events each thread records per shot. */
    public static final int EVENTS_PER_SHOT = 2 * ORDERS_PER_SHOT;

    /** The bar, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Bar {
        /** Orders recorded before the measurement. */
        @Param({"1000", "1000000"})
        public int history;
        /** {@code N}. */
        @Param({"10", "100"})
        public int window;

        OurBar bar;
        StartLine startLine;

        /** Records the history and prepares the shots. */
        @Setup(Level.Trial)
        public void open(BenchmarkParams params) {
            bar = new OurBar(history, window, params.getThreads(), ORDERS_PER_SHOT);
            startLine = new StartLine(params.getThreads());
        }

        /** Back to the state right after the history. */
        @Setup(Level.Iteration)
        public void reset() {
            bar.reset();
        }
    }

    /** One thread's events. */
    @State(Scope.Thread)
    public static class Shot {
        OrderEvent[] events;

        /** Takes this thread's stream. */
        @Setup(Level.Trial)
        public void take(Bar bar, ThreadParams thread) {
            events = bar.bar.shot(thread.getThreadIndex());
        }

        /** Waits for the other threads, so that the shots overlap. */
        @Setup(Level.Iteration)
        public void lineUp(Bar bar) {
            bar.startLine.await();
        }
    }

    /** One thread records its shot. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(EVENTS_PER_SHOT)
    public void oneThread(Bar bar, Shot shot, Blackhole bh) {
        record(bar.bar, shot.events, bh);
    }

    /** Two threads each record their shot, on the same bar. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(EVENTS_PER_SHOT)
    public void twoThreads(Bar bar, Shot shot, Blackhole bh) {
        record(bar.bar, shot.events, bh);
    }

    private static void record(OurBar bar, OrderEvent[] events, Blackhole bh) {
        long cpu = ShotCpu.now();
        for (OrderEvent e : events) {
            bh.consume(bar.record(e));
        }
        ShotCpu.shot(cpu, events.length);
    }
}
