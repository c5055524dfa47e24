package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contract's semantics computed the obvious way, for clarity and not speed: look at the whole set of events
 * at once, pick each order's earliest submission and completion, keep the valid waits, and average the latest N
 * per (tenant, drink). Default completion mode: cancellations and time-outs never matter.
 */
public final class ReferenceOracle {
    /** The expected screen for one (tenant, drink). */
    public record Expected(BigDecimal averageSeconds, int sampleSize) {
        /** Millisecond precision, whatever the scale of the JSON number it was read from. */
        public Expected {
            averageSeconds = averageSeconds.setScale(3, RoundingMode.UNNECESSARY);
        }
    }

    private record Fact(Instant time, String id, String drink) {
    }

    private ReferenceOracle() {
    }

    /** @return the expected average per "tenant/drink" for every key with at least one counted order */
    public static Map<String, Expected> windows(List<BusEvent> events, int windowSize, Duration ceiling) {
        Comparator<Fact> earliest = Comparator.comparing(Fact::time).thenComparing(Fact::id)
                .thenComparing(f -> f.drink() == null ? "" : f.drink());
        Map<String, Fact> submissions = new HashMap<>();
        Map<String, Fact> completions = new HashMap<>();
        for (BusEvent e : events) {
            String order = e.tenant() + "\u0000" + e.orderId();
            Fact fact = new Fact(Instant.parse(e.time()), e.id(), e.drink());
            if (e.kind() == Kind.SUBMITTED) {
                submissions.merge(order, fact, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
            } else if (e.kind() == Kind.COMPLETED || e.kind() == Kind.COMPLETED_LEGACY) {
                completions.merge(order, fact, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
            }
        }
        record Sample(String orderId, Instant completedAt, long waitMillis) {
        }
        Map<String, List<Sample>> byKey = new TreeMap<>();
        submissions.forEach((order, sub) -> {
            Fact done = completions.get(order);
            if (done == null) {
                return;
            }
            long wait = Duration.between(sub.time(), done.time()).toMillis();
            if (wait < 0 || wait > ceiling.toMillis()) {
                return;
            }
            String[] tenantAndOrder = order.split("\u0000", 2);
            byKey.computeIfAbsent(tenantAndOrder[0] + "/" + sub.drink(), k -> new ArrayList<>())
                    .add(new Sample(tenantAndOrder[1], done.time(), wait));
        });
        Map<String, Expected> expected = new TreeMap<>();
        byKey.forEach((key, samples) -> {
            List<Sample> window = samples.stream()
                    .sorted(Comparator.comparing(Sample::completedAt).thenComparing(Sample::orderId).reversed())
                    .limit(windowSize).toList();
            long total = window.stream().mapToLong(Sample::waitMillis).sum();
            BigDecimal meanMillis = BigDecimal.valueOf(total)
                    .divide(BigDecimal.valueOf(window.size()), 0, RoundingMode.HALF_UP);
            expected.put(key, new Expected(meanMillis.movePointLeft(3).setScale(3), window.size()));
        });
        return expected;
    }
}
