package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.waittimes.port.out.RejectionReporter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts rejections by reason and keeps the most recent ones (bounded). Thread-safe. */
public final class CountingRejectionReporter implements RejectionReporter {
    private final Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
    private final Deque<Rejection> recent = new ArrayDeque<>();
    private final int keep;

    /** @param keep how many of the most recent rejections to keep */
    public CountingRejectionReporter(int keep) {
        this.keep = keep;
    }

    /** Keeps the 1000 most recent rejections. */
    public CountingRejectionReporter() {
        this(1000);
    }

    @Override
    public synchronized void report(Rejection rejection) {
        counts.merge(rejection.reason(), 1L, Long::sum);
        recent.addLast(rejection);
        if (recent.size() > keep) {
            recent.removeFirst();
        }
    }

    /** @return the number of rejections per reason */
    public synchronized Map<RejectionReason, Long> countsByReason() {
        return Map.copyOf(counts);
    }

    /** @return the total number of rejections */
    public synchronized long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the most recent rejections, oldest first */
    public synchronized List<Rejection> recent() {
        return List.copyOf(recent);
    }
}
