package dev.adhoc.waittimes.player.wiring;

/** Ctrl-C or SIGTERM stopped the run after an event ({@link Interruption}). */
public final class RunInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param position the last event processed */
    public RunInterruptedException(String position) {
        super("interrupted after " + position);
    }
}
