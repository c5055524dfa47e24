package dev.adhoc.waittimes.core.memory;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The engine's sample index kept in this process's memory: for tests, single-process runs and the event player.
 * Per key, each order's place (the entry of the highest version, written under the key's
 * lock) and the live samples in a concurrent sorted set, read latest first without a lock. Entries past their
 * expiry are never read, and are dropped every {@value #PURGE_EVERY} writes through an index of expiries, so memory
 * follows the orders kept, not history.
 */
public final class InMemorySampleIndex implements SampleIndex {
    static final int PURGE_EVERY = 4096;

    /** One key's places and live samples. */
    private static final class Places {
        final Map<OrderId, IndexEntry> entries = new ConcurrentHashMap<>();
        final ConcurrentSkipListSet<Live> live = new ConcurrentSkipListSet<>();
    }

    /** A live sample and its expiry, ordered latest first. */
    private record Live(Sample sample, Instant expiresAt) implements Comparable<Live> {
        @Override
        public int compareTo(Live other) {
            return Sample.LATEST_FIRST.compare(sample, other.sample);
        }
    }

    private record Place(WindowKey key, OrderId orderId) {
    }

    /**
     * A key's live samples, latest first, those past their expiry left out. Lock-free reads are weakly consistent: a
     * sample moving within the key may be met at both of its places once, and is then given once.
     */
    private static final class Reading implements Iterator<Sample> {
        private final Iterator<Live> live;
        private final Instant now;
        private final Set<OrderId> seen = new HashSet<>();
        private Sample next;

        Reading(Iterator<Live> live, Instant now) {
            this.live = live;
            this.now = now;
        }

        @Override
        public boolean hasNext() {
            while (next == null && live.hasNext()) {
                Live l = live.next();
                if (!now.isAfter(l.expiresAt()) && seen.add(l.sample().orderId())) {
                    next = l.sample();
                }
            }
            return next != null;
        }

        @Override
        public Sample next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Sample s = next;
            next = null;
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
        Places places = keys.computeIfAbsent(entry.key(), k -> new Places());
        Instant now = clock.instant();
        synchronized (places) {
            IndexEntry old = places.entries.get(entry.orderId());
            // An expired entry never blocks a write: reads skip it already, and the order's record may be gone, so
            // that its reports arriving again start over from version 1.
            boolean expired = old != null && now.isAfter(old.expiresAt());
            if (old != null && !expired && old.version() >= entry.version()) {
                return IndexWrite.REFUSED;
            }
            if (old != null) {
                old.sample().ifPresent(s -> places.live.remove(new Live(s, old.expiresAt())));
            }
            places.entries.put(entry.orderId(), entry);
            entry.sample().ifPresent(s -> places.live.add(new Live(s, entry.expiresAt())));
            expiries.add(new Place(entry.key(), entry.orderId()), ExpiryIndex.secondOf(entry.expiresAt()));
            return IndexWrite.replacing(old == null || expired ? Optional.empty() : old.sample());
        }
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        Places places = keys.get(key);
        if (places == null) {
            return List.<Sample>of().iterator();
        }
        return new Reading(places.live.iterator(), clock.instant());
    }

    /** @return how many entries (samples and tombstones) are held */
    public int size() {
        return keys.values().stream().mapToInt(p -> p.entries.size()).sum();
    }

    /** @return a snapshot of every key's entries */
    public Map<WindowKey, List<IndexEntry>> all() {
        return keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.copyOf(e.getValue().entries.values())));
    }

    /** Drops every entry whose expiry is before the clock's now. */
    public void purgeExpired() {
        Instant now = clock.instant();
        for (Place place : expiries.takeUpTo(now.getEpochSecond())) {
            Places places = keys.get(place.key());
            if (places == null) {
                continue;
            }
            synchronized (places) {
                IndexEntry e = places.entries.get(place.orderId());
                if (e == null) {
                    continue;
                }
                if (now.isAfter(e.expiresAt())) {
                    places.entries.remove(place.orderId());
                    e.sample().ifPresent(s -> places.live.remove(new Live(s, e.expiresAt())));
                } else if (e.expiresAt().getEpochSecond() <= now.getEpochSecond()) {
                    expiries.add(place, e.expiresAt().getEpochSecond()); // later within this second: look again
                }
            }
        }
    }
}
