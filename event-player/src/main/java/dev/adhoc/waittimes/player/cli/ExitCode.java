package dev.adhoc.waittimes.player.cli;

/** The player's exit statuses (a contract: scripts depend on them). */
public final class ExitCode {
    /** The input was processed, even if some events were rejected. */
    public static final int OK = 0;
    /** The store or the bus failed for good, or the input could not be read. */
    public static final int FAILED = 1;
    /** Bad usage: an unknown option, a bad value, a missing argument. */
    public static final int USAGE = 2;
    /** Ctrl-C or SIGTERM stopped the run (the JVM exits with the signal's status, 130 or 143, when a signal did it). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
