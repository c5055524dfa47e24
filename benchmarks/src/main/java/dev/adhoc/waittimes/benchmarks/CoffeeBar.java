package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic, busy, multi-tenant coffee bar, as core commands: order {@code n} enters the barista queue at
 * {@link #OPENING} + {@code n} times {@link #SPACING}, for one of {@link #TENANTS} and one of {@link #DRINKS} (in
 * equal shares), and leaves it 30 s to 10 min later, completed or (5 %) cancelled. Every order thus has exactly two
 * events. The events of a range of orders come out in time order, as the bus would deliver them live: about 30
 * orders are open at once.
 *
 * <p>Times are whole seconds, like the bus's {@code time}; every wait is valid (below the 15-minute ceiling), so
 * the mix exercises the counting path, not the rejection path.
 */
public final class CoffeeBar {
    /** The first order's submission. */
    public static final Instant OPENING = Instant.parse("2026-01-05T08:00:00Z");
    /** Time between two orders. */
    public static final Duration SPACING = Duration.ofSeconds(10);
    /** Shortest wait. */
    public static final Duration MIN_WAIT = Duration.ofSeconds(30);
    /** Longest wait. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(10);
    /** Share of orders cancelled instead of completed, in percent. */
    public static final int CANCELLED_PERCENT = 5;
    /** The tenants (pop-up bars). */
    public static final List<TenantId> TENANTS = List.of(new TenantId("NYC"), new TenantId("reinvent"));
    /**
     * The menu. Two tenants of four drinks make eight windows, so that a thousand orders of history fill every
     * window of 100: the costs at 1 thousand and 1 million orders then compare full windows with full windows.
     */
    public static final List<Drink> DRINKS = List.of(new Drink("Caffe Latte"), new Drink("Cappuccino"),
            new Drink("Espresso"), new Drink("Caffe Mocha"));

    private static final long SEED = 0x5EED_C0FFEEL;

    private CoffeeBar() {
    }

    /**
     * One order's two events.
     *
     * @param number    the order's number, from 0
     * @param submitted its submission
     * @param closed    its completion ({@link OrderCompleted}) or cancellation ({@link OrderClosed})
     */
    public record Order(long number, OrderSubmitted submitted, OrderEvent closed) {
    }

    /** @return order {@code n}: the same order every time */
    public static Order order(long n) {
        SplittableRandom random = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
        int key = keyOf(n);
        TenantId tenant = TENANTS.get(key / DRINKS.size());
        Drink drink = DRINKS.get(key % DRINKS.size());
        OrderId id = new OrderId(orderId(n));
        Instant submittedAt = submissionOf(n);
        Instant closedAt = submittedAt.plusSeconds(random.nextLong(MIN_WAIT.toSeconds(), MAX_WAIT.toSeconds() + 1));
        OrderSubmitted submitted = new OrderSubmitted(tenant, id, drink, new Occurrence(submittedAt, eventId(n, 0)));
        Occurrence closing = new Occurrence(closedAt, eventId(n, 1));
        OrderEvent closed = random.nextInt(100) < CANCELLED_PERCENT
                ? new OrderClosed(tenant, id, ClosingReason.CANCELLED, closing)
                : new OrderCompleted(tenant, id, closing);
        return new Order(n, submitted, closed);
    }

    /**
     * Which (tenant, drink) order {@code n} is for: every run of consecutive orders as long as there are keys takes
     * each key once, in a shuffled order. Random-looking, yet each key gets its share: a thousand orders fill every
     * window of 100.
     */
    private static int keyOf(long n) {
        int keys = TENANTS.size() * DRINKS.size();
        int[] order = new int[keys];
        for (int i = 0; i < keys; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(SEED + n / keys);
        for (int i = keys - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order[(int) (n % keys)];
    }

    /** @return when order {@code n} enters the barista queue */
    public static Instant submissionOf(long n) {
        return OPENING.plus(SPACING.multipliedBy(n));
    }

    /** @return a time after every event of the first {@code orders} orders */
    public static Instant lastEventTimeOf(long orders) {
        return submissionOf(orders).plus(MAX_WAIT);
    }

    /**
     * The history of a bar that has taken {@code orders} orders: their events up to the submission of the next
     * order. The orders still open then (about 30) are never closed, so that no event of the history is later than
     * the events that follow it.
     *
     * @return the events, in time order
     */
    public static Iterator<OrderEvent> history(long orders) {
        Instant end = submissionOf(orders);
        Iterator<OrderEvent> all = timeline(0, orders);
        return new Iterator<>() {
            private OrderEvent next = advance();

            private OrderEvent advance() {
                while (all.hasNext()) {
                    OrderEvent e = all.next();
                    if (e.occurrence().time().isBefore(end)) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public OrderEvent next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                OrderEvent e = next;
                next = advance();
                return e;
            }
        };
    }

    /** @return the events of orders {@code from} (inclusive) to {@code to} (exclusive), in time order */
    public static Iterator<OrderEvent> timeline(long from, long to) {
        return new Timeline(from, to);
    }

    /** @return the events of orders {@code from} to {@code to}, in time order, as a list */
    public static List<OrderEvent> events(long from, long to) {
        List<OrderEvent> events = new ArrayList<>((int) (2 * (to - from)));
        timeline(from, to).forEachRemaining(events::add);
        return events;
    }

    /**
     * The events a shot records: from order {@code from} on, {@code ordersPerPart} orders for each of {@code parts}
     * consumers, each consumer taking the orders of its own tenants (tenant {@code i} goes to part
     * {@code i % parts}), its events in time order. Split by tenant, every event does the same work whatever the
     * number of parts: a consumer never finds its completion already overtaken by another's in a shared window.
     *
     * @param streams the events of each part
     * @param end     one past the highest order number used (orders of a full part are skipped)
     */
    public record Shots(OrderEvent[][] streams, long end) {
        /** @return every order id of every stream */
        public java.util.Set<String> orderIds() {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (OrderEvent[] stream : streams) {
                for (OrderEvent e : stream) {
                    ids.add(e.orderId().value());
                }
            }
            return ids;
        }
    }

    /** @return the shots of {@code parts} consumers of {@code ordersPerPart} orders each, from order {@code from} */
    public static Shots shots(long from, int ordersPerPart, int parts) {
        if (parts < 1 || parts > TENANTS.size()) {
            throw new IllegalArgumentException("1 to " + TENANTS.size() + " parts, one tenant at least each");
        }
        List<List<OrderEvent>> streams = new ArrayList<>();
        int[] orders = new int[parts];
        for (int p = 0; p < parts; p++) {
            streams.add(new ArrayList<>());
        }
        long n = from;
        for (int full = 0; full < parts; n++) {
            Order o = order(n);
            int part = TENANTS.indexOf(o.submitted().tenant()) % parts;
            if (orders[part] < ordersPerPart) {
                streams.get(part).add(o.submitted());
                streams.get(part).add(o.closed());
                if (++orders[part] == ordersPerPart) {
                    full++;
                }
            }
        }
        OrderEvent[][] sorted = new OrderEvent[parts][];
        for (int p = 0; p < parts; p++) {
            sorted[p] = streams.get(p).stream().sorted(Timeline.BY_TIME).toArray(OrderEvent[]::new);
        }
        return new Shots(sorted, n);
    }

    /** @return the number of the order an event is about */
    public static long number(OrderEvent e) {
        return Long.parseLong(e.orderId().value().substring(ORDER_PREFIX.length()), 36);
    }

    private static final String ORDER_PREFIX = "ord-";

    private static String orderId(long n) {
        return ORDER_PREFIX + Long.toString(n, 36);
    }

    /** A bus envelope id: a UUID, as EventBridge gives every event. */
    private static String eventId(long n, int which) {
        return new UUID(SEED + which, n).toString();
    }

    /** Submissions in order of number; each closing queued until its time comes. */
    private static final class Timeline implements Iterator<OrderEvent> {
        private static final Comparator<OrderEvent> BY_TIME = Comparator
                .comparing((OrderEvent e) -> e.occurrence().time())
                .thenComparing(e -> e.occurrence().eventId());

        private final PriorityQueue<OrderEvent> closings = new PriorityQueue<>(BY_TIME);
        private final long to;
        private long next;

        Timeline(long from, long to) {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad range " + from + ".." + to);
            }
            this.next = from;
            this.to = to;
        }

        @Override
        public boolean hasNext() {
            return next < to || !closings.isEmpty();
        }

        @Override
        public OrderEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            boolean submissionFirst = next < to
                    && (closings.isEmpty() || !closings.peek().occurrence().time().isBefore(submissionOf(next)));
            if (!submissionFirst) {
                return closings.poll();
            }
            Order o = order(next++);
            closings.add(o.closed());
            return o.submitted();
        }
    }
}
