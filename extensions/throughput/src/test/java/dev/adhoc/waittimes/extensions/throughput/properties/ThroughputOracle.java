package dev.adhoc.waittimes.extensions.throughput.properties;

import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What throughput must compute from a set of events, written from the extension's contract and not from its code:
 * every order with a completion report counts, at its earliest completion time, in its tenant's window; the window
 * holds the orders completed in {@code (latest - 15 min, latest]}, where latest is the tenant's latest completion.
 */
final class ThroughputOracle {
    private static final Duration SPAN = Duration.ofMinutes(15);

    /**
     * A tenant's window.
     *
     * @param orders when each of its orders completed, by order id
     */
    record Window(Map<String, Instant> orders) {
        int count() {
            return orders.size();
        }

        Optional<Instant> asOf() {
            return orders.values().stream().max(Instant::compareTo);
        }

        boolean holds(String order) {
            return orders.containsKey(order);
        }
    }

    private ThroughputOracle() {
    }

    /** @return the window of a tenant after these events (empty if it completed nothing) */
    static Window window(Collection<OrderEvent> events, TenantId tenant) {
        Map<String, Instant> completed = new HashMap<>();
        for (OrderEvent e : events) {
            if (e instanceof OrderCompleted && e.tenant().equals(tenant)) {
                completed.merge(e.orderId().value(), e.occurrence().time(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Optional<Instant> latest = completed.values().stream().max(Instant::compareTo);
        Map<String, Instant> window = new TreeMap<>();
        completed.forEach((order, at) -> {
            if (at.isAfter(latest.get().minus(SPAN))) {
                window.put(order, at);
            }
        });
        return new Window(window);
    }

    /** @return the tenants of these events */
    static Set<TenantId> tenants(Collection<OrderEvent> events) {
        Set<TenantId> tenants = new TreeSet<>(java.util.Comparator.comparing(TenantId::value));
        events.forEach(e -> tenants.add(e.tenant()));
        return tenants;
    }
}
