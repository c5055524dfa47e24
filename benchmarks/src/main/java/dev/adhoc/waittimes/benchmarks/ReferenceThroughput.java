package dev.adhoc.waittimes.benchmarks;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The same measurement as {@link CoreThroughput} on the port of the reference extension ({@link ReferenceBar}, over
 * {@link dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes}).
 *
 * <p>Shots are smaller ({@value #ORDERS_PER_SHOT} orders per thread) because the reference's cost per completion
 * grows with history: a shot adds 5 % to the 1-thousand history per thread. With 1 million orders
 * one shot takes seconds, so {@code run-all.sh} runs that case with fewer iterations than the defaults.
 */
@OperationsPerInvocation(ReferenceThroughput.EVENTS_PER_SHOT)
public class ReferenceThroughput extends ShotThroughput {
    /** Orders each thread records per shot. */
    public static final int ORDERS_PER_SHOT = 50;
    /** Events each thread records per shot. */
    public static final int EVENTS_PER_SHOT = 2 * ORDERS_PER_SHOT;

    @Override
    protected Bar open(int history, int window, int threads) {
        return new ReferenceBar(history, window, threads, ORDERS_PER_SHOT);
    }
}
