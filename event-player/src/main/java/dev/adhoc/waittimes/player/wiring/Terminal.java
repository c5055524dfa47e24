package dev.adhoc.waittimes.player.wiring;

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
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    /** @throws NullPointerException if a stream is null */
    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
