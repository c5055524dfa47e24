package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the latest update per key and counts all of them; optionally keeps the full history (for tests).
 * Memory is bounded by the number of keys unless the history is kept.
 */
public final class RecordingPublisher implements WaitTimePublisher {
    private final Map<WindowKey, WaitTimeUpdate> latest = new ConcurrentHashMap<>();
    private final List<WaitTimeUpdate> history;
    private final AtomicLong published = new AtomicLong();

    private RecordingPublisher(boolean keepHistory) {
        this.history = keepHistory ? new ArrayList<>() : null;
    }

    /** @return a publisher that keeps only the latest update per key */
    public static RecordingPublisher latestOnly() {
        return new RecordingPublisher(false);
    }

    /** @return a publisher that also keeps every update, in order */
    public static RecordingPublisher withHistory() {
        return new RecordingPublisher(true);
    }

    @Override
    public void publish(List<WaitTimeUpdate> updates) {
        for (WaitTimeUpdate u : updates) {
            latest.put(u.key(), u);
            published.incrementAndGet();
        }
        if (history != null) {
            synchronized (history) {
                history.addAll(updates);
            }
        }
    }

    /** @return the latest update of a key */
    public Optional<WaitTimeUpdate> latest(WindowKey key) {
        return Optional.ofNullable(latest.get(key));
    }

    /** @return the latest update of every key */
    public Map<WindowKey, WaitTimeUpdate> latestByKey() {
        return Map.copyOf(latest);
    }

    /** @return how many updates were published */
    public long count() {
        return published.get();
    }

    /** @return every update, in order of publication (empty unless made {@link #withHistory()}) */
    public List<WaitTimeUpdate> history() {
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return List.copyOf(history);
        }
    }
}
