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
 * {@link #OPENING} + {@code n} seconds, for one of {@link #TENANTS} and one of {@link #DRINKS}, and leaves it 30 s to
 * 10 min later, completed or (5 %) cancelled. Every order thus has exactly two events. The events of a range of
 * orders come out in time order, as the bus would deliver them live: several hundred orders are open at once.
 *
 * <p>Times are whole seconds, like the bus's {@code time}; every wait is valid (below the 15-minute ceiling), so
 * the mix exercises the counting path, not the rejection path.
 */
public final class CoffeeBar {
    /** The first order's submission. */
    public static final Instant OPENING = Instant.parse("2026-01-05T08:00:00Z");
    /** Shortest wait. */
    public static final Duration MIN_WAIT = Duration.ofSeconds(30);
    /** Longest wait. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(10);
    /** Share of orders cancelled instead of completed, in percent. */
    public static final int CANCELLED_PERCENT = 5;
    /** The tenants (pop-up bars). */
    public static final List<TenantId> TENANTS = List.of(new TenantId("NYC"), new TenantId("reinvent"),
            new TenantId("LDN"), new TenantId("SYD"));
    /** The menu. */
    public static final List<Drink> DRINKS = List.of(new Drink("Caffe Latte"), new Drink("Cappuccino"),
            new Drink("Espresso"), new Drink("Americano"), new Drink("Flat White"), new Drink("Caffe Mocha"),
            new Drink("Chai Latte"), new Drink("Hot Chocolate"));

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
        TenantId tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        Drink drink = DRINKS.get(random.nextInt(DRINKS.size()));
        OrderId id = new OrderId(orderId(n));
        Instant submittedAt = OPENING.plusSeconds(n);
        Instant closedAt = submittedAt.plusSeconds(random.nextLong(MIN_WAIT.toSeconds(), MAX_WAIT.toSeconds() + 1));
        OrderSubmitted submitted = new OrderSubmitted(tenant, id, drink, new Occurrence(submittedAt, eventId(n, 0)));
        Occurrence closing = new Occurrence(closedAt, eventId(n, 1));
        OrderEvent closed = random.nextInt(100) < CANCELLED_PERCENT
                ? new OrderClosed(tenant, id, ClosingReason.CANCELLED, closing)
                : new OrderCompleted(tenant, id, closing);
        return new Order(n, submitted, closed);
    }

    /** @return the latest time of any event of the first {@code orders} orders */
    public static Instant lastEventTimeOf(long orders) {
        return OPENING.plusSeconds(orders).plus(MAX_WAIT);
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
     * Splits the events of orders {@code from} to {@code to} between {@code parts} streams, order by order (order
     * {@code n} goes to stream {@code (n - from) % parts}), each in time order: what {@code parts} consumers
     * sharing one bar would each receive.
     *
     * @return the streams
     */
    public static OrderEvent[][] split(long from, long to, int parts) {
        List<List<OrderEvent>> streams = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            streams.add(new ArrayList<>());
        }
        Iterator<OrderEvent> all = timeline(from, to);
        while (all.hasNext()) {
            OrderEvent e = all.next();
            streams.get((int) (number(e) - from) % parts).add(e);
        }
        return streams.stream().map(s -> s.toArray(OrderEvent[]::new)).toArray(OrderEvent[][]::new);
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
                    && (closings.isEmpty() || !closings.peek().occurrence().time().isBefore(OPENING.plusSeconds(next)));
            if (!submissionFirst) {
                return closings.poll();
            }
            Order o = order(next++);
            closings.add(o.closed());
            return o.submitted();
        }
    }
}
