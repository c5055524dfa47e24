package dev.adhoc.waittimes.player.io;

import dev.adhoc.waittimes.aws.contract.PutEventsEntry;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Writes each entry an extension puts on the bus as one line of JSON on stdout ({@link UpdateLines#line}). */
public final class JsonlEntries implements Consumer<List<PutEventsEntry>> {
    private final PrintStream out;
    private final boolean flushEach;

    /**
     * @param out       stdout
     * @param flushEach whether to flush after each event's entries (a paced run: a reader sees each line when it happens)
     */
    public JsonlEntries(PrintStream out, boolean flushEach) {
        this.out = Objects.requireNonNull(out, "out");
        this.flushEach = flushEach;
    }

    @Override
    public void accept(List<PutEventsEntry> entries) {
        for (PutEventsEntry entry : entries) {
            out.print(UpdateLines.line(entry.source(), entry.detailType(), entry.detail()));
            out.print('\n');
        }
        if (flushEach) {
            out.flush();
        }
    }
}
