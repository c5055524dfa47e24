package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the contract (section 2) says the windows and the rejections are, computed from the SET of events alone, with
 * no engine part but the figures (tested on their own) and the two id formats (part of the output).
 */
final class Oracle {
    private record Order(TenantId tenant, OrderId id) {
    }

    /** Every distinct report of one order. */
    private static final class Reports {
        final Set<OrderSubmitted> submissions = new LinkedHashSet<>();
        final Set<OrderCompleted> completions = new LinkedHashSet<>();
        final Set<OrderClosed> closings = new LinkedHashSet<>();
    }

    /** Earliest time wins, ties by event id (then by drink, so that the winner is always one report). */
    private static final Comparator<OrderSubmitted> EARLIEST_SUBMISSION = Comparator
            .comparing((OrderSubmitted s) -> s.occurrence().time())
            .thenComparing(s -> s.occurrence().eventId())
            .thenComparing(s -> s.drink().name());
    private static final Comparator<OrderCompleted> EARLIEST_COMPLETION = Comparator
            .comparing((OrderCompleted c) -> c.occurrence().time())
            .thenComparing(c -> c.occurrence().eventId());
    /** The window's order: latest completion first, on equal times the lexicographically larger order id first. */
    private static final Comparator<Sample> LATER_FIRST = (a, b) -> {
        int byTime = b.at().compareTo(a.at());
        return byTime != 0 ? byTime : b.orderId().value().compareTo(a.orderId().value());
    };

    private final WaitTimeSettings settings;
    private final Map<Order, Reports> orders = new HashMap<>();

    Oracle(WaitTimeSettings settings, Collection<OrderEvent> events) {
        this.settings = settings;
        for (OrderEvent e : events) {
            Reports r = orders.computeIfAbsent(new Order(e.tenant(), e.orderId()), o -> new Reports());
            if (e instanceof OrderSubmitted s) {
                r.submissions.add(s);
            } else if (e instanceof OrderCompleted c) {
                r.completions.add(c);
            } else if (e instanceof OrderClosed x) {
                r.closings.add(x);
            }
        }
    }

    /** @return the N counted samples of the key with the latest completion, latest first */
    List<Sample> window(WindowKey key) {
        List<Sample> counted = counted(key);
        return List.copyOf(counted.subList(0, Math.min(settings.windowSize(), counted.size())));
    }

    /** @return the counted samples of the key completed within the span up to its latest completion, latest first */
    List<Sample> windowWithin(WindowKey key, Duration span) {
        List<Sample> counted = counted(key);
        return counted.isEmpty() ? List.of() : counted.stream()
                .filter(s -> s.at().isAfter(counted.get(0).at().minus(span))).toList();
    }

    /** @return every counted sample of the key, latest first */
    private List<Sample> counted(WindowKey key) {
        List<Sample> counted = new ArrayList<>();
        orders.forEach((order, r) -> {
            if (!order.tenant().equals(key.tenant()) || r.submissions.isEmpty() || r.completions.isEmpty()) {
                return;
            }
            if (settings.completionMode() == CompletionMode.FINISHED && !r.closings.isEmpty()) {
                return;
            }
            OrderSubmitted s = r.submissions.stream().min(EARLIEST_SUBMISSION).orElseThrow();
            OrderCompleted c = r.completions.stream().min(EARLIEST_COMPLETION).orElseThrow();
            Duration wait = Duration.between(s.occurrence().time(), c.occurrence().time());
            if (s.drink().name().equals(key.scope()) && !wait.isNegative() && wait.compareTo(settings.maxWait()) <= 0) {
                counted.add(new Sample(order.id(), c.occurrence().time(), wait.toMillis()));
            }
        });
        counted.sort(LATER_FIRST);
        return counted;
    }

    /** @return what {@code current(key)} must say: empty for an empty window */
    Optional<WaitTimeUpdate> current(WindowKey key) {
        List<Sample> samples = window(key);
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        Window window = new Window(samples);
        return Optional.of(new WaitTimeUpdate(key, WaitFigures.of(window), settings.windowSize(), samples.get(0).at(),
                ContentIds.of(key, window)));
    }

    /** @return one id per (order, reason, submission report, completion report) whose wait breaks a rule */
    Set<String> rejectionIds() {
        Set<String> ids = new HashSet<>();
        orders.forEach((order, r) -> {
            for (OrderSubmitted s : r.submissions) {
                for (OrderCompleted c : r.completions) {
                    Duration wait = Duration.between(s.occurrence().time(), c.occurrence().time());
                    RejectionReason reason = wait.isNegative() ? RejectionReason.NEGATIVE_WAIT
                            : wait.compareTo(settings.maxWait()) > 0 ? RejectionReason.WAIT_ABOVE_CEILING : null;
                    if (reason != null) {
                        ids.add(Rejection.idOf(reason.name(), order.tenant().value(), order.id().value(),
                                s.drink().name(), s.occurrence().time().toString(), s.occurrence().eventId(),
                                c.occurrence().time().toString(), c.occurrence().eventId()));
                    }
                }
            }
        });
        return ids;
    }
}
