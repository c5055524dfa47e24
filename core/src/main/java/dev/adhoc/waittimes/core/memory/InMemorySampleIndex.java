package dev.adhoc.waittimes.core.memory;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The engine's sample index kept in this process's memory: for tests, single-process runs and the event player.
 * Per key, each order's place (the entry of the highest version) and the live samples in a sorted set, both under the
 * key's lock; reads take a page of samples at a time under that lock, latest first, as a store queries one page at
 * a time. Entries past their expiry are never read, and are dropped every {@value #PURGE_EVERY} writes through an
 * index of expiries, so memory follows the orders kept, not history.
 */
public final class InMemorySampleIndex implements SampleIndex {
    static final int PURGE_EVERY = 4096;
    /** The most samples a read takes under a key's lock: a caller's page size is a hint. */
    static final int MOST_PER_PAGE = 1024;

    /** A live sample and its expiry, ordered latest first. */
    private record Live(Sample sample, Instant expiresAt) implements Comparable<Live> {
        @Override
        public int compareTo(Live other) {
            return Sample.LATEST_FIRST.compare(sample, other.sample);
        }
    }

    /** One key's places and live samples (one per order: the sample of its place), guarded by this object's lock. */
    private static final class Places {
        private final Map<OrderId, IndexEntry> entries = new HashMap<>();
        private final NavigableSet<Live> live = new TreeSet<>();

        synchronized IndexWrite write(IndexEntry entry, Instant now) {
            IndexEntry old = entries.get(entry.orderId());
            // An expired entry never blocks a write: reads skip it already, and the order's record may be gone, so
            // that its reports arriving again start over from version 1.
            boolean expired = old != null && now.isAfter(old.expiresAt());
            if (old != null && !expired && old.version() >= entry.version()) {
                return IndexWrite.REFUSED;
            }
            if (old != null) {
                old.sample().ifPresent(s -> live.remove(new Live(s, old.expiresAt())));
            }
            entries.put(entry.orderId(), entry);
            entry.sample().ifPresent(s -> live.add(new Live(s, entry.expiresAt())));
            return IndexWrite.replacing(old == null || expired ? Optional.empty() : old.sample());
        }

        /**
         * Reads up to {@code size} live entries after {@code after} (from the latest if null) into {@code page}: the
         * samples not expired at {@code now}.
         *
         * @return the last entry read, or null if there was none
         */
        synchronized Live read(Live after, int size, Instant now, List<Sample> page) {
            Live last = null;
            for (Live l : after == null ? live : live.tailSet(after, false)) {
                if (size-- == 0) {
                    break;
                }
                if (!now.isAfter(l.expiresAt())) {
                    page.add(l.sample());
                }
                last = l;
            }
            return last;
        }

        /**
         * Drops the order's entry if it expired at {@code now}.
         *
         * @return the entry kept, or null if none is
         */
        synchronized IndexEntry purge(OrderId orderId, Instant now) {
            IndexEntry e = entries.get(orderId);
            if (e == null || !now.isAfter(e.expiresAt())) {
                return e;
            }
            entries.remove(orderId);
            e.sample().ifPresent(s -> live.remove(new Live(s, e.expiresAt())));
            return null;
        }

        synchronized int size() {
            return entries.size();
        }

        synchronized List<IndexEntry> entries() {
            return List.copyOf(entries.values());
        }
    }

    private record Place(WindowKey key, OrderId orderId) {
    }

    /**
     * A key's live samples, latest first, those past their expiry left out, read a page at a time. Each page is read
     * under the key's lock; a sample that moved within the key between two pages may be met in both, so from the
     * second page on the orders already given are remembered, and each is given once.
     */
    private static final class Reading implements Iterator<Sample> {
        private final Places places;
        private final int pageSize;
        private final Instant now;
        private final List<Sample> page;
        private int next;
        private Live last; // the last entry read: the next page starts after it
        private boolean exhausted;
        private Set<OrderId> given; // from the second page on
        private Sample ahead;

        Reading(Places places, int pageSize, Instant now) {
            this.places = places;
            this.pageSize = pageSize;
            this.now = now;
            this.page = new ArrayList<>(pageSize);
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && (next < page.size() || readPage())) {
                Sample s = page.get(next++);
                if (given == null || given.add(s.orderId())) {
                    ahead = s;
                }
            }
            return ahead != null;
        }

        /** @return whether the next page holds samples (false once the key has no more) */
        private boolean readPage() {
            while (!exhausted) {
                if (last != null && given == null) { // a second page: remember the orders the first one gave
                    given = new HashSet<>();
                    page.forEach(s -> given.add(s.orderId()));
                }
                page.clear();
                next = 0;
                Live read = places.read(last, pageSize, now, page);
                if (read == null) {
                    exhausted = true;
                } else {
                    last = read;
                }
                if (!page.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Sample next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Sample s = ahead;
            ahead = null;
            return s;
        }
    }

    private final Map<WindowKey, Places> keys = new ConcurrentHashMap<>();
    private final ExpiryIndex<Place> expiries = new ExpiryIndex<>();
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    /** @param clock the clock that decides when an entry has expired */
    public InMemorySampleIndex(Clock clock) {
        this.clock = clock;
    }

    /** An index whose entries expire on the UTC system clock. */
    public InMemorySampleIndex() {
        this(Clock.systemUTC());
    }

    @Override
    public IndexWrite write(IndexEntry entry) {
        if (writes.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired();
        }
        IndexWrite write = keys.computeIfAbsent(entry.key(), k -> new Places()).write(entry, clock.instant());
        if (write.applied()) {
            expiries.add(new Place(entry.key(), entry.orderId()), ExpiryIndex.secondOf(entry.expiresAt()));
        }
        return write;
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        Places places = keys.get(key);
        if (places == null) {
            return Collections.emptyIterator();
        }
        return new Reading(places, Math.min(Math.max(pageSize, 1), MOST_PER_PAGE), clock.instant());
    }

    /** @return how many entries (samples and tombstones) are held */
    public int size() {
        return keys.values().stream().mapToInt(Places::size).sum();
    }

    /** @return a snapshot of every key's entries */
    public Map<WindowKey, List<IndexEntry>> all() {
        return keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entries()));
    }

    /** Drops every entry whose expiry is before the clock's now. */
    public void purgeExpired() {
        Instant now = clock.instant();
        for (Place place : expiries.takeUpTo(now.getEpochSecond())) {
            Places places = keys.get(place.key());
            IndexEntry kept = places == null ? null : places.purge(place.orderId(), now);
            if (kept != null && kept.expiresAt().getEpochSecond() <= now.getEpochSecond()) {
                expiries.add(place, kept.expiresAt().getEpochSecond()); // later within this second: look again
            }
        }
    }
}
