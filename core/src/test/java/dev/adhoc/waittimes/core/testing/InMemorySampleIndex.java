package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A single-threaded fake of {@link SampleIndex}: per key, one entry per order, the highest version kept;
 * samples read latest first. It can be told to crash before a coming write, to test a crash between the engine's writes.
 */
public final class InMemorySampleIndex implements SampleIndex {
    /** What the fake throws when told to crash. */
    public static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("the sample index crashed before a write (on purpose)");
        }
    }

    private final Map<WindowKey, Map<OrderId, IndexEntry>> keys = new HashMap<>();
    private int writesBeforeCrash = -1;
    private int writes;

    /** Makes the write after the next {@code writesFirst} writes throw {@link Crash} (once). */
    public void crashAfter(int writesFirst) {
        writesBeforeCrash = writesFirst;
    }

    /** Cancels a crash not yet happened. */
    public void disarm() {
        writesBeforeCrash = -1;
    }

    /** Makes the next write throw {@link Crash} (once). */
    public void crashBeforeNextWrite() {
        crashAfter(0);
    }

    /** @return how many writes were attempted, crashed ones included */
    public int writes() {
        return writes;
    }

    @Override
    public IndexWrite write(IndexEntry entry) {
        writes++;
        if (writesBeforeCrash == 0) {
            writesBeforeCrash = -1;
            throw new Crash();
        }
        if (writesBeforeCrash > 0) {
            writesBeforeCrash--;
        }
        Map<OrderId, IndexEntry> places = keys.computeIfAbsent(entry.key(), k -> new HashMap<>());
        IndexEntry old = places.get(entry.orderId());
        if (old != null && old.version() >= entry.version()) {
            return IndexWrite.REFUSED;
        }
        places.put(entry.orderId(), entry);
        return IndexWrite.replacing(old == null ? Optional.empty() : old.sample());
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        return entries(key).stream().flatMap(e -> e.sample().stream()).iterator();
    }

    /** @return every entry of a key, tombstones included: samples latest first, then tombstones by order id */
    public List<IndexEntry> entries(WindowKey key) {
        Comparator<IndexEntry> order = Comparator.comparing((IndexEntry e) -> e.sample().isEmpty())
                .thenComparing((x, y) -> x.sample().isPresent() ? Sample.LATEST_FIRST.compare(x.sample().get(), y.sample().get())
                        : x.orderId().compareTo(y.orderId()));
        return keys.getOrDefault(key, Map.of()).values().stream().sorted(order).toList();
    }
}
