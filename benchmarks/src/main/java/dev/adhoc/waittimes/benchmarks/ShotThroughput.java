package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
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
 * The throughput measurement of {@link CoreThroughput} and {@link ReferenceThroughput}: events per second through
 * one bar, for window sizes 10 and 100, with 1 thousand and 1 million orders of history, on one thread and on two.
 *
 * <p>Each iteration is one timed shot: every thread records its own stream of new orders on top of exactly the same
 * history; the score is nanoseconds per event (each subclass gives its events per shot with
 * {@code @OperationsPerInvocation}), and {@link ShotCpu} adds the CPU time per event. A subclass names the bar it
 * measures ({@link #open}); JMH runs the benchmarks declared here for each subclass.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 200)
@Measurement(iterations = 400)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public abstract class ShotThroughput {
    /** What a shot runs on: a bar with its history, one stream of events per thread, and the way back to the history. */
    public interface Bar {
        /** @return the events thread {@code index} records in each shot, in time order */
        OrderEvent[] shot(int index);

        /** Records one event: the measured operation. @return what it gave */
        Object record(OrderEvent event);

        /** Returns to the state right after the history. */
        void reset();
    }

    /**
     * @param history orders recorded before the measurement
     * @param window  the window size
     * @param threads how many threads record a shot at the same time
     * @return the bar to measure
     */
    protected abstract Bar open(int history, int window, int threads);

    /** The bar, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        /** Orders recorded before the measurement. */
        @Param({"1000", "1000000"})
        public int history;
        /** The window size ({@code N}, {@code NB_ITEMS}). */
        @Param({"10", "100"})
        public int window;

        Bar bar;
        StartLine startLine;

        /** Opens the bar of the benchmark's class with its history and prepares the shots. */
        @Setup(Level.Trial)
        public void open(BenchmarkParams params) throws ReflectiveOperationException {
            String benchmark = params.getBenchmark(); // the class that declares the bar, then the method's name
            ShotThroughput measured = (ShotThroughput) Class.forName(benchmark.substring(0, benchmark.lastIndexOf('.')))
                    .getConstructor().newInstance();
            bar = measured.open(history, window, params.getThreads());
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
        public void take(Shared shared, ThreadParams thread) {
            events = shared.bar.shot(thread.getThreadIndex());
        }

        /** Waits for the other threads, so that the shots overlap. */
        @Setup(Level.Iteration)
        public void lineUp(Shared shared) {
            shared.startLine.await();
        }
    }

    /** One thread records its shot. */
    @Benchmark
    @Threads(1)
    public void oneThread(Shared shared, Shot shot, Blackhole bh) {
        record(shared.bar, shot.events, bh);
    }

    /** Two threads each record their shot, on the same bar. */
    @Benchmark
    @Threads(2)
    public void twoThreads(Shared shared, Shot shot, Blackhole bh) {
        record(shared.bar, shot.events, bh);
    }

    private static void record(Bar bar, OrderEvent[] events, Blackhole bh) {
        long cpu = ShotCpu.now();
        for (OrderEvent e : events) {
            bh.consume(bar.record(e));
        }
        ShotCpu.shot(cpu, events.length);
    }
}
