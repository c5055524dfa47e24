package dev.adhoc.waittimes.player.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The streams a run talks through; tests inject their own.
 *
 * @param in          stdin (for {@code replay -})
 * @param out         stdout: the updates (jsonl) or the human view (table)
 * @param err         stderr: rejections, progress off a terminal, the summary in jsonl
 * @param interactive whether stdout is a terminal that can be redrawn in place
 * @param watch       the stream under {@code out} that remembers a write error, or null if none is watched
 * @param columns     the terminal's width in columns, or 0 if unknown
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, WatchedOutput watch,
                       int columns) {
    /** @throws NullPointerException if a stream is null */
    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** Streams whose stdout is not watched for write errors, of unknown width. */
    public Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this(in, out, err, interactive, null, 0);
    }

    /** @return the same streams, not interactive */
    public Terminal notInteractive() {
        return new Terminal(in, out, err, false, watch, columns);
    }

    /** @return whether writing to stdout failed (checked without flushing) */
    public boolean outFailed() {
        return watch != null && watch.failure().isPresent();
    }

    /** @return what went wrong with stdout, for the one-line message */
    public String outFailure() {
        String reason = watch == null ? null : watch.failure().map(IOException::getMessage).orElse(null);
        return "cannot write to stdout: " + (reason == null || reason.isBlank() ? "write error" : reason);
    }

    /**
     * Called after each event: stops the run if stdout failed (nothing may report updates that were not written)
     * or if Ctrl-C or SIGTERM asked it to stop.
     *
     * @param position the input item just processed
     * @throws OutputFailedException if writing to stdout failed
     * @throws RunInterruptedException if the run was interrupted
     */
    public void checkpoint(String position) {
        Interruption.checkpoint(position);
        if (outFailed()) {
            throw new OutputFailedException(outFailure() + " (stopped at " + position
                    + "; what was processed up to there may not all have been written)");
        }
    }
}
