package dev.adhoc.waittimes.benchmarks;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lines the threads up before each shot. JMH starts the threads of a single-shot iteration one after the other;
 * without this, a short shot of one thread could end before the other's begins, and two threads would never
 * compete for the same windows.
 */
public final class StartLine {
    private final CyclicBarrier barrier;

    /** @param threads how many threads start together */
    public StartLine(int threads) {
        this.barrier = new CyclicBarrier(threads);
    }

    /** Waits until every thread is at the line (at most a minute, so that a failed thread cannot hang the run). */
    public void await() {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the start line", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("another thread never reached the start line", e);
        }
    }
}
