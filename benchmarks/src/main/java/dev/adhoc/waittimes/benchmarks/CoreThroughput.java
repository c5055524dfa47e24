package dev.adhoc.waittimes.benchmarks;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Events per second through {@code WaitTimesService.record} on the in-memory stores ({@link OurBar}), measured as
 * {@link ShotThroughput} says.
 *
 * <p>Every thread records {@value #ORDERS_PER_SHOT} new orders of its own tenant per shot ({@value #EVENTS_PER_SHOT}
 * events: submissions, completions, a few cancellations, live interleaving). Shots are short so that the history
 * stays close to its nominal size; many of them are averaged. See docs/benchmarks.md.
 */
@OperationsPerInvocation(CoreThroughput.EVENTS_PER_SHOT)
public class CoreThroughput extends ShotThroughput {
    /** Orders each thread records per shot. */
    public static final int ORDERS_PER_SHOT = 500;
    /** Events each thread records per shot. */
    public static final int EVENTS_PER_SHOT = 2 * ORDERS_PER_SHOT;

    @Override
    protected Bar open(int history, int window, int threads) {
        return new OurBar(history, window, threads, ORDERS_PER_SHOT);
    }
}
