package dev.adhoc.waittimes.extensions.alerts.properties;

import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What alerts must compute from a set of events, written from the extension's contract and not from its code: an
 * order counts once its winning submission (earliest time, ties by event id, then drink) and its winning completion
 * (earliest, ties by event id) are known and the wait between them is not negative, in the window of its tenant and
 * winning drink; a window is the 20 counted orders with the latest completion (ties: the larger order id is later);
 * its p90 is the nearest rank (the smallest wait that 90% of the waits do not exceed), 0 when it is empty. Every
 * pair of a submission and a completion report of one order with a negative wait is rejected.
 */
final class AlertOracle {
    private record Counted(OrderId order, Instant completed, Duration waited) {
    }

    private AlertOracle() {
    }

    /** @return the p90 of every key that has a counted order (absent keys: 0) */
    static Map<WindowKey, Duration> p90s(Collection<OrderEvent> events) {
        Map<WindowKey, List<Counted>> byKey = new HashMap<>();
        orders(events).forEach((order, reports) -> {
            OrderSubmitted s = reports.stream().filter(OrderSubmitted.class::isInstance).map(OrderSubmitted.class::cast)
                    .min(Comparator.comparing((OrderSubmitted e) -> e.occurrence().time())
                            .thenComparing(e -> e.occurrence().eventId()).thenComparing(e -> e.drink().name()))
                    .orElse(null);
            Occurrence c = reports.stream().filter(OrderCompleted.class::isInstance).map(OrderEvent::occurrence)
                    .min(Comparator.comparing(Occurrence::time).thenComparing(Occurrence::eventId)).orElse(null);
            if (s != null && c != null && !c.time().isBefore(s.occurrence().time())) {
                byKey.computeIfAbsent(new WindowKey(s.tenant(), s.drink()), k -> new ArrayList<>())
                        .add(new Counted(s.orderId(), c.time(), Duration.between(s.occurrence().time(), c.time())));
            }
        });
        Map<WindowKey, Duration> p90s = new HashMap<>();
        byKey.forEach((key, counted) -> {
            List<Duration> last20 = counted.stream().sorted(Comparator.comparing(Counted::completed)
                            .thenComparing(x -> x.order().value()).reversed()).limit(20).map(Counted::waited).sorted()
                    .toList();
            p90s.put(key, last20.get((int) Math.ceil(last20.size() * 0.9 - 1e-9) - 1));
        });
        return p90s;
    }

    /** @return the ids of every rejected pair of reports */
    static Set<String> rejectionIds(Collection<OrderEvent> events) {
        Set<String> ids = new HashSet<>();
        orders(events).values().forEach(reports -> {
            for (OrderEvent s : reports) {
                for (OrderEvent c : reports) {
                    if (s instanceof OrderSubmitted sub && c instanceof OrderCompleted
                            && c.occurrence().time().isBefore(s.occurrence().time())) {
                        ids.add(Rejection.idOf("NEGATIVE_WAIT", s.tenant().value(), s.orderId().value(),
                                sub.drink().name(), s.occurrence().time().toString(), s.occurrence().eventId(),
                                c.occurrence().time().toString(), c.occurrence().eventId()));
                    }
                }
            }
        });
        return ids;
    }

    private record Order(TenantId tenant, OrderId order) {
    }

    private static Map<Order, Set<OrderEvent>> orders(Collection<OrderEvent> events) {
        Map<Order, Set<OrderEvent>> orders = new HashMap<>();
        events.forEach(e -> orders.computeIfAbsent(new Order(e.tenant(), e.orderId()), o -> new HashSet<>()).add(e));
        return orders;
    }
}
