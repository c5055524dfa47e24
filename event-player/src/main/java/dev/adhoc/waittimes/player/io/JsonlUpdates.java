package dev.adhoc.waittimes.player.io;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Writes each update as one line of JSON on stdout, and nothing else. */
public final class JsonlUpdates implements WaitTimePublisher {
    private final Function<WaitTimeUpdate, String> line;
    private final PrintStream out;
    private final boolean flushEach;

    /**
     * @param line      the update's line (the PutEvents-shaped event, without a line break)
     * @param out       stdout
     * @param flushEach whether to flush after each update (a paced run: a reader sees each line when it happens)
     */
    public JsonlUpdates(Function<WaitTimeUpdate, String> line, PrintStream out, boolean flushEach) {
        this.line = Objects.requireNonNull(line, "line");
        this.out = Objects.requireNonNull(out, "out");
        this.flushEach = flushEach;
    }

    @Override
    public void publish(List<WaitTimeUpdate> updates) {
        for (WaitTimeUpdate update : updates) {
            out.print(line.apply(update));
            out.print('\n');
        }
        if (flushEach) {
            out.flush();
        }
    }
}
