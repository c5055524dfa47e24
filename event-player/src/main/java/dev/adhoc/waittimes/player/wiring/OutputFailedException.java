package dev.adhoc.waittimes.player.wiring;

/** Writing to stdout failed (a closed pipe, a full disk): the run stops with status 1 and prints no summary. */
public final class OutputFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and where the run stopped */
    public OutputFailedException(String message) {
        super(message);
    }
}
