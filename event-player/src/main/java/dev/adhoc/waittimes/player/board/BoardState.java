package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What the board shows, fed by the run and read by the page's streams: per tenant and drink the latest figures and
 * the last {@code historyPoints} averages, the event clock, and whether the input is done. Thread-safe: the run
 * writes, each stream's thread waits for changes ({@link #awaitChange}). Memory is bounded by the number of keys.
 */
public final class BoardState implements WaitTimePublisher {
    /** Points kept per key for its chart. */
    public static final int HISTORY_POINTS = 60;

    private static final Comparator<WindowKey> BY_TENANT_AND_DRINK =
            Comparator.comparing((WindowKey k) -> k.tenant().value()).thenComparing(k -> k.drink().name());

    /** Where the run is. */
    enum Phase {
        RUNNING, FINISHED, CLOSED
    }

    /** The view of what changed after a version, and the version it brings the reader to. */
    record Change(long version, BoardView view, boolean closed) {
    }

    private static final class Entry {
        private final ArrayDeque<Double> history = new ArrayDeque<>();
        private WaitTimeUpdate latest;
        private long updates;
        private long changedAt;
    }

    private final String source;
    private final Double speed;
    private final int historyPoints;
    private final Map<WindowKey, Entry> entries = new TreeMap<>(BY_TENANT_AND_DRINK);
    private Instant clock;
    private Phase phase = Phase.RUNNING;
    private long version;

    /**
     * @param source        what feeds the board, shown on the page: {@code simulate} or {@code replay}
     * @param speed         times real time of a paced run, or empty
     * @param historyPoints how many averages to keep per key for its chart
     */
    public BoardState(String source, OptionalDouble speed, int historyPoints) {
        this.source = Objects.requireNonNull(source, "source");
        this.speed = speed.isPresent() ? speed.getAsDouble() : null;
        if (historyPoints < 1) {
            throw new IllegalArgumentException("historyPoints must be positive, was " + historyPoints);
        }
        this.historyPoints = historyPoints;
    }

    /**
     * A board that keeps {@link #HISTORY_POINTS} points per key.
     *
     * @param source what feeds the board: {@code simulate} or {@code replay}
     * @param speed  times real time of a paced run, or empty
     */
    public BoardState(String source, OptionalDouble speed) {
        this(source, speed, HISTORY_POINTS);
    }

    @Override
    public synchronized void publish(List<WaitTimeUpdate> updates) {
        if (updates.isEmpty() || phase == Phase.CLOSED) {
            return;
        }
        version++;
        for (WaitTimeUpdate update : updates) {
            Entry entry = entries.computeIfAbsent(update.key(), k -> new Entry());
            entry.latest = update;
            entry.updates++;
            entry.changedAt = version;
            if (entry.history.size() == historyPoints) {
                entry.history.removeFirst();
            }
            entry.history.addLast(seconds(update.figures().average()));
        }
        notifyAll();
    }

    /** @param time the latest event time seen; shown as the (simulated) clock */
    public synchronized void clock(Instant time) {
        Objects.requireNonNull(time, "time");
        if (time.equals(clock) || phase == Phase.CLOSED) {
            return;
        }
        clock = time;
        version++;
        notifyAll();
    }

    /** The input is done: the page shows these as the final figures. */
    public synchronized void finished() {
        if (phase == Phase.RUNNING) {
            phase = Phase.FINISHED;
            version++;
            notifyAll();
        }
    }

    /** The server is stopping: every stream sends its last event and ends. */
    public synchronized void close() {
        if (phase != Phase.CLOSED) {
            phase = Phase.CLOSED;
            version++;
            notifyAll();
        }
    }

    /** @return everything the board shows now */
    public synchronized BoardView snapshot() {
        return view(0);
    }

    /**
     * Waits until something changed after {@code seen}, or the board closed.
     *
     * @param seen    the version the reader has shown
     * @param timeout how long to wait at most
     * @return what changed after {@code seen} (only the keys that changed), or null if nothing did in time
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized Change awaitChange(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (version == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return new Change(version, view(seen), phase == Phase.CLOSED);
    }

    private BoardView view(long after) {
        List<BoardView.DrinkView> drinks = new ArrayList<>();
        for (Map.Entry<WindowKey, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.changedAt > after) {
                WaitTimeUpdate u = entry.latest;
                drinks.add(new BoardView.DrinkView(e.getKey().tenant().value(), e.getKey().drink().name(),
                        seconds(u.figures().average()), seconds(u.figures().p50()), seconds(u.figures().p90()),
                        u.figures().sampleSize(), u.windowSize(), u.asOf() == null ? null : u.asOf().toString(),
                        entry.updates, new ArrayList<>(entry.history)));
            }
        }
        return new BoardView(source, speed, clock == null ? null : clock.toString(),
                phase.name().toLowerCase(Locale.ROOT), version, drinks);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
