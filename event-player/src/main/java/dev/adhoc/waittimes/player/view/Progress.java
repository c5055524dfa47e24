package dev.adhoc.waittimes.player.view;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shows how a long run is going, at most every {@code every} nanoseconds: on a terminal, the live table redrawn in
 * place under a progress line; elsewhere, a progress line on stderr now and then, and the table once at the end.
 */
public final class Progress {
    private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    private final TableView table;
    private final RunStats stats;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean live;
    private final LongSupplier nanoTime;
    private final Supplier<Instant> eventTime;
    private final long every;
    private long lastShown;
    private int columns;

    /**
     * @param table    the table to show
     * @param stats    the run's figures
     * @param out      stdout
     * @param err      stderr
     * @param live     whether stdout is a terminal that can be redrawn
     * @param nanoTime  the wall clock
     * @param eventTime the latest event time seen, shown as how far the bus has got
     */
    public Progress(TableView table, RunStats stats, PrintStream out, PrintStream err, boolean live,
                    LongSupplier nanoTime, Supplier<Instant> eventTime) {
        this.table = table;
        this.stats = stats;
        this.out = out;
        this.err = err;
        this.live = live;
        this.nanoTime = nanoTime;
        this.eventTime = eventTime;
        this.every = live ? 250_000_000L : 5_000_000_000L;
        this.lastShown = nanoTime.getAsLong();
    }

    /**
     * Called after each event; shows progress when it is due.
     *
     * @param done  work done so far (bytes read, orders generated)
     * @param total the total, when known
     * @param unit  what {@code done} counts
     */
    public void tick(long done, OptionalLong total, String unit) {
        long now = nanoTime.getAsLong();
        if (now - lastShown < every) {
            return;
        }
        lastShown = now;
        String line = line(done, total, unit);
        if (live) {
            StringBuilder screen = new StringBuilder(CLEAR_SCREEN).append(line).append('\n').append('\n');
            table.lines(columns).forEach(l -> screen.append(l).append('\n'));
            out.print(screen);
            out.flush();
        } else {
            err.println(line);
        }
    }

    private String line(long done, OptionalLong total, String unit) {
        String of = total.isPresent() && total.getAsLong() > 0
                ? String.format(Locale.ROOT, " of %d (%.0f%%)", total.getAsLong(), 100.0 * done / total.getAsLong())
                : "";
        return String.format(Locale.ROOT, "progress: %d %s%s; %d events up to %s, %d rejected, %d updates, %.0f events/s",
                done, unit, of, stats.eventsRead(), eventTimeText(), stats.eventsRejected(), stats.updatesEmitted(),
                stats.eventsPerSecond());
    }

    private String eventTimeText() {
        Instant time = eventTime.get();
        return time == null || Instant.EPOCH.equals(time) ? "(no event time yet)" : time.toString();
    }

    /** @param columns the terminal's width, or 0 if unknown: the table's names are cut to fit it */
    public void fitTo(int columns) {
        this.columns = columns;
    }

    /** Shows the final table (the live screen is cleared first). */
    public void finish() {
        if (live) {
            out.print(CLEAR_SCREEN);
        }
        table.lines(columns).forEach(out::println);
        out.flush();
    }
}
