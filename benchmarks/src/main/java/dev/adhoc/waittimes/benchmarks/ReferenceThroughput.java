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
 * The same measurement as {@link CoreThroughput} on the port of the reference extension
 * ({@link dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes}): events per second, window sizes 10 and
 * 100, 1 thousand and 1 million orders of history.
 *
 * <p>Shots are smaller ({@value #ORDERS_PER_SHOT} orders per thread) because the reference's cost per completion
 * grows with history: a shot adds 5 % to the 1-thousand history per thread. With 1 million orders
 * one shot takes seconds, so {@code run-all.sh} runs that case with fewer iterations than the defaults here.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 200)
@Measurement(iterations = 400)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReferenceThroughput {
    /** Orders each thread records per shot. */
    public static final int ORDERS_PER_SHOT = 50;
    /** Events each thread records per shot. */
    public static final int EVENTS_PER_SHOT = 2 * ORDERS_PER_SHOT;

    /** The reference's table, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Bar {
        /** Orders in the table before the measurement. */
        @Param({"1000", "1000000"})
        public int history;
        /** {@code NB_ITEMS}. */
        @Param({"10", "100"})
        public int window;

        ReferenceBar bar;
        StartLine startLine;

        /** Fills the table with the history and prepares the shots. */
        @Setup(Level.Trial)
        public void open(BenchmarkParams params) {
            bar = new ReferenceBar(history, window, params.getThreads(), ORDERS_PER_SHOT);
            startLine = new StartLine(params.getThreads());
        }

        /** Back to the table right after the history. */
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

    /** Two threads each record their shot, on the same table. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(EVENTS_PER_SHOT)
    public void twoThreads(Bar bar, Shot shot, Blackhole bh) {
        record(bar.bar, shot.events, bh);
    }

    private static void record(ReferenceBar bar, OrderEvent[] events, Blackhole bh) {
        long cpu = ShotCpu.now();
        for (OrderEvent e : events) {
            bh.consume(bar.record(e));
        }
        ShotCpu.shot(cpu, events.length);
    }
}
