package dev.adhoc.waittimes.player.wiring;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C or SIGTERM during a run: the JVM's shutdown hook asks the run to stop, and the run, at its next event,
 * prints its summary and "interrupted" before the JVM exits (status 130 for Ctrl-C, 143 for SIGTERM). A run
 * blocked elsewhere (waiting for input on a pipe, or for a paced event) is woken; if it does not answer within a
 * few seconds, the hook prints the summary itself.
 */
public final class Interruption implements AutoCloseable {
    private static final long ANSWER_SECONDS = 3;
    private static volatile Interruption current;

    private final Thread runner = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean summarized = new AtomicBoolean();
    private final Thread hook;
    private volatile boolean requested;

    /** @param summary prints the summary and the "interrupted" line, once, from whichever thread gets there first */
    private Interruption(Runnable summary) {
        this.hook = new Thread(() -> {
            requested = true;
            runner.interrupt(); // wakes a run that sleeps until a paced event
            try {
                if (!finished.await(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                    summarize(summary);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "event-player-interrupted");
    }

    /**
     * @param summary prints the summary and the "interrupted" line
     * @return the interruption, watching until closed
     */
    public static Interruption watch(Runnable summary) {
        Interruption interruption = new Interruption(summary);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        current = interruption;
        return interruption;
    }

    /**
     * Called by a run after each event.
     *
     * @param position the event just processed
     * @throws RunInterruptedException if Ctrl-C or SIGTERM asked the run to stop
     */
    public static void checkpoint(String position) {
        Interruption interruption = current;
        if (interruption != null && interruption.requested) {
            throw new RunInterruptedException(position);
        }
    }

    /** @return whether Ctrl-C or SIGTERM asked the run to stop */
    public boolean requested() {
        return requested;
    }

    /**
     * Prints the summary if nobody did yet, and tells the hook the run has answered.
     *
     * @param summary prints the summary and the "interrupted" line
     */
    public void summarize(Runnable summary) {
        if (summarized.compareAndSet(false, true)) {
            summary.run();
        }
        finished.countDown();
    }

    @Override
    public void close() {
        current = null;
        finished.countDown();
        if (!requested) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }
        Thread.interrupted(); // a wake-up that came after the last event is not left for the next run
    }
}
