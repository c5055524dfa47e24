package dev.adhoc.waittimes.player.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Simulates Serverlesspresso bars: every order's full lifecycle on the bus (contract, section 1), a drink mix with
 * service times that differ by drink, baristas that queue orders, customer and barista time-outs, cancellations,
 * unrelated bus traffic, and optionally duplicate and out-of-order deliveries; with duplicates, also conflicting
 * reports: a submission or a completion sent again under another envelope id, at another time.
 *
 * <p>Deterministic for a seed. Streaming: orders are generated as simulated time reaches their arrival, and only
 * the events of orders still in flight (plus the reorder delay) are held, so memory does not grow with the number
 * of orders. Deliveries come out in order of delivery time; events of one second keep their generation order.
 */
public final class CoffeeBarSimulator implements Iterator<Delivery> {
    static final long OPEN_SECONDS = 10 * 3600;
    static final long DAY_SECONDS = 24 * 3600;
    static final int BARISTAS = 3;
    static final long CUSTOMER_TIMEOUT = 300;
    static final long BARISTA_TIMEOUT = 900;
    static final int CUSTOMER_TIMEOUT_PERCENT = 3;
    static final int NOISE_PERCENT = 2;
    /** With {@code --duplicates P}, P / this % of the completed orders get a conflicting report. */
    static final int DUPLICATES_PER_CONFLICT = 2;
    /** The most a conflicting report's time differs from the first report's. */
    static final int CONFLICT_SECONDS = 30;
    private static final Comparator<Pending> DELIVERY_ORDER =
            Comparator.comparingLong(Pending::deliveredAt).thenComparingLong(Pending::sequence);

    private record Pending(SimulatedEvent event, long deliveredAt, long sequence, boolean redelivery) {
    }

    private final SimulationSettings settings;
    private final Random random;
    private final SeededIds ids;
    /** Draws of the conflicting reports only, so that the day's other events are the same with or without them. */
    private final Random conflicts;
    private final SeededIds conflictIds;
    private final List<Bar> bars = new ArrayList<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(DELIVERY_ORDER);
    private final long start;
    private long sequence;
    private int generated;

    /** @param settings what to simulate */
    public CoffeeBarSimulator(SimulationSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.ids = new SeededIds(random);
        this.conflicts = new Random(~settings.seed());
        this.conflictIds = new SeededIds(conflicts);
        this.start = settings.start().getEpochSecond();
        for (int i = 0; i < settings.tenants().size(); i++) {
            // Bars differ a little: the first is the busiest.
            Bar bar = new Bar(settings.tenants().get(i), meanInterArrival(i));
            bar.nextArrival = bar.arrivalAfter(start);
            bars.add(bar);
        }
    }

    private static double meanInterArrival(int bar) {
        return 55 + 10 * bar;
    }

    /**
     * Where a simulation of this many orders starts so that its last day is the fixed day of
     * {@link SimulationSettings#DEFAULT_START} or a few days before: reproducible, and always in the past, so that
     * no event is dated ahead of the wall clock. A day holds about 1,300 orders at two bars; 3 % fewer are assumed,
     * so that chance never pushes the last orders past the fixed day.
     *
     * @param orders how many orders
     * @param bars   how many bars (tenants)
     * @return when the first day's bars open
     */
    public static Instant startEndingOnTheFixedDay(int orders, int bars) {
        long days = Math.max(1, (long) Math.ceil(orders / ordersPerDay(bars)));
        return SimulationSettings.DEFAULT_START.minus(java.time.Duration.ofDays(days - 1));
    }

    /**
     * How much simulated time this many orders take at most, from the first opening to the last event (the last
     * order's lifecycle, a barista time-out, the reorder and duplicate delays included); a little more than they
     * take, never less.
     *
     * @param orders         how many orders
     * @param bars           how many bars
     * @param reorderSeconds the reorder delay
     * @return the span
     */
    public static java.time.Duration expectedSpan(int orders, int bars, int reorderSeconds) {
        double days = orders / ordersPerDay(bars);
        long fullDays = (long) Math.floor(days);
        long tail = 240 + BARISTA_TIMEOUT + 300 + reorderSeconds + 60;
        return java.time.Duration.ofSeconds(fullDays * DAY_SECONDS + (long) ((days - fullDays) * OPEN_SECONDS) + tail);
    }

    /** @return fewer orders than the bars take in a day on average (3 % fewer), so that estimates err on the long side */
    private static double ordersPerDay(int bars) {
        double perDay = 0;
        for (int i = 0; i < bars; i++) {
            double mean = meanInterArrival(i);
            perDay += 4 * 3600 / (0.8 * mean + 1) + 6 * 3600 / (mean + 1); // two rush hours at 0.8 of the mean gap
        }
        return perDay * 0.97;
    }

    /** @return how many orders were generated so far */
    public int ordersGenerated() {
        return generated;
    }

    /** @return how many deliveries are generated but not yet handed out (bounded by the orders in flight) */
    int buffered() {
        return pending.size();
    }

    /** @return the settings */
    public SimulationSettings settings() {
        return settings;
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty() || generated < settings.orders();
    }

    @Override
    public Delivery next() {
        while (true) {
            if (!pending.isEmpty() && (generated == settings.orders() || pending.peek().deliveredAt() <= nextBar().nextArrival)) {
                Pending p = pending.poll();
                return new Delivery(p.event(), Instant.ofEpochSecond(p.deliveredAt()), p.redelivery());
            }
            if (generated == settings.orders()) {
                throw new NoSuchElementException("the simulation has ended");
            }
            Bar bar = nextBar();
            bar.takeOrder(bar.nextArrival);
            bar.nextArrival = bar.arrivalAfter(bar.nextArrival);
            generated++;
        }
    }

    private Bar nextBar() {
        Bar next = bars.get(0);
        for (Bar bar : bars) {
            if (bar.nextArrival < next.nextArrival) {
                next = bar;
            }
        }
        return next;
    }

    private void emit(String detailType, long time, Map<String, Object> detail) {
        SimulatedEvent event = new SimulatedEvent(ids.uuid(), detailType, Instant.ofEpochSecond(time), detail);
        int reorder = settings.reorderSeconds();
        long deliveredAt = time + (reorder > 0 ? random.nextInt(reorder + 1) : 0);
        pending.add(new Pending(event, deliveredAt, sequence++, false));
        if (random.nextDouble() * 100 < settings.duplicatePercent()) {
            pending.add(new Pending(event, deliveredAt + random.nextInt(61), sequence++, true));
        }
    }

    /**
     * With duplicates, some completed orders get a second report of their submission or of their completion, as a
     * faulty producer re-sends one: another envelope id, a time up to {@value #CONFLICT_SECONDS} s earlier or later
     * (the earliest report wins, so the order's wait changes), delivered after the completion. The wait stays
     * between 1 s and the 15 min ceiling whichever reports win. Drawn from a random source of their own.
     */
    private void conflictingReport(long submitted, long completed, String submission,
                                   Map<String, Object> submittedDetail, String completion,
                                   Map<String, Object> completedDetail) {
        if (settings.duplicatePercent() == 0
                || conflicts.nextDouble() * 100 >= settings.duplicatePercent() / DUPLICATES_PER_CONFLICT) {
            return;
        }
        long wait = completed - submitted;
        boolean ofSubmission = conflicts.nextBoolean();
        // the other report's wait, wait - shift (a submission) or wait + shift (a completion), stays in 1..900 s
        long low = Math.max(-CONFLICT_SECONDS, ofSubmission ? wait - BARISTA_TIMEOUT : 1 - wait);
        long high = Math.min(CONFLICT_SECONDS, ofSubmission ? wait - 1 : BARISTA_TIMEOUT - wait);
        long shift = low + conflicts.nextInt((int) (high - low));
        shift = shift >= 0 ? shift + 1 : shift; // never 0: another time
        long time = (ofSubmission ? submitted : completed) + shift;
        Map<String, Object> detail = new LinkedHashMap<>(ofSubmission ? submittedDetail : completedDetail);
        if (detail.get("TS") instanceof Long ts) {
            detail.put("TS", ts + shift * 1000);
        }
        SimulatedEvent other = new SimulatedEvent(conflictIds.uuid(), ofSubmission ? submission : completion,
                Instant.ofEpochSecond(time), detail);
        long deliveredAt = Math.max(completed, time) + conflicts.nextInt(settings.reorderSeconds() + 61);
        pending.add(new Pending(other, deliveredAt, sequence++, false));
    }

    /** One pop-up bar: its arrivals, its baristas and its order numbers. */
    private final class Bar {
        private final String tenant;
        private final double meanInterArrival;
        private final long[] baristaFreeAt = new long[BARISTAS];
        private long nextArrival;
        private long day = -1;
        private int orderNumber;

        Bar(String tenant, double meanInterArrival) {
            this.tenant = tenant;
            this.meanInterArrival = meanInterArrival;
        }

        /** Next arrival after {@code t}: exponential gaps, shorter in the two rush hours; closed at night. */
        long arrivalAfter(long t) {
            long sinceOpening = Math.floorMod(t - start, DAY_SECONDS);
            boolean rush = sinceOpening < 7200 || (sinceOpening >= 4 * 3600 && sinceOpening < 6 * 3600);
            double mean = rush ? meanInterArrival * 0.8 : meanInterArrival;
            long next = t + 1 + (long) (-mean * Math.log(1 - random.nextDouble()));
            if (Math.floorMod(next - start, DAY_SECONDS) >= OPEN_SECONDS) {
                long opening = next - Math.floorMod(next - start, DAY_SECONDS) + DAY_SECONDS;
                next = opening + (long) (-mean * Math.log(1 - random.nextDouble()));
            }
            return next;
        }

        void takeOrder(long arrival) {
            long today = Math.floorDiv(arrival - start, DAY_SECONDS);
            if (today != day) {
                day = today;
                orderNumber = 0;
            }
            String orderId = ids.token(21);
            String userId = tenant.toLowerCase(Locale.ROOT) + "-user-" + random.nextInt(400);
            String token = ids.token(48);
            emit("Validator.NewOrder", arrival, detail("orderId", orderId, "userId", userId,
                    "bucket", detail("eventId", tenant)));
            emit("OrderProcessor.WorkflowStarted", arrival + 1, detail("orderId", orderId, "eventId", tenant,
                    "userId", userId, "TaskToken", token));
            if (random.nextInt(100) < NOISE_PERCENT) {
                emit("ConfigService.ConfigChanged", arrival + random.nextInt(60), detail("eventId", tenant,
                        "key", "storeOpen", "value", Boolean.TRUE));
            }
            if (random.nextInt(100) < CUSTOMER_TIMEOUT_PERCENT) {
                emit("OrderProcessor.OrderTimeOut", arrival + 1 + CUSTOMER_TIMEOUT, detail("orderId", orderId,
                        "eventId", tenant, "userId", userId, "cause", "customer"));
                return;
            }
            long submitted = arrival + 1 + Math.min(240, 5 + (long) (-20 * Math.log(1 - random.nextDouble())));
            int number = ++orderNumber;
            Menu.Item drink = Menu.pick(random);
            emit("OrderProcessor.WaitingCompletion", submitted, detail("orderId", orderId, "eventId", tenant,
                    "orderNumber", number, "userId", userId, "TaskToken", token));
            Map<String, Object> submission = detail("orderId", orderId, "eventId", tenant, "orderNumber", number,
                    "drinkOrder", detail("drink", drink.name(), "modifiers", Menu.modifiers(random)),
                    "TS", submitted * 1000 + random.nextInt(1000), "userId", userId, "robot", Boolean.FALSE);
            emit("OrderManager.WaitingCompletion", submitted, submission);
            if (random.nextDouble() * 100 < settings.cancelPercent()) {
                long cancelled = submitted + 20 + random.nextInt(221);
                emit("OrderManager.Order" + tenant + "-CANCELLED", cancelled, detail("orderId", orderId,
                        "eventId", tenant, "orderNumber", number, "ORDERSTATE", tenant + "-CANCELLED", "userId", userId));
                emit("OrderProcessor.orderFinished", cancelled + 1, detail("orderId", orderId, "eventId", tenant,
                        "userId", userId));
                return;
            }
            int barista = 0;
            for (int b = 1; b < BARISTAS; b++) {
                if (baristaFreeAt[b] < baristaFreeAt[barista]) {
                    barista = b;
                }
            }
            long claimed = Math.max(submitted + 5 + random.nextInt(36), baristaFreeAt[barista]);
            long completed = claimed + Menu.serviceSeconds(drink, random);
            if (completed - submitted > BARISTA_TIMEOUT) {
                // Too busy: the barista time-out fires first, and nobody makes the drink.
                emit("OrderProcessor.OrderTimeOut", submitted + BARISTA_TIMEOUT, detail("orderId", orderId,
                        "eventId", tenant, "userId", userId, "cause", "barista"));
                return;
            }
            baristaFreeAt[barista] = completed;
            emit("OrderManager.MakeOrder", claimed, detail("orderId", orderId, "eventId", tenant,
                    "orderNumber", number, "baristaUserId", tenant.toLowerCase(Locale.ROOT) + "-barista-" + barista));
            Map<String, Object> completion = detail("orderId", orderId, "eventId", tenant, "orderNumber", number,
                    "ORDERSTATE", tenant + "-COMPLETED", "userId", userId);
            emit("OrderManager.Order" + tenant + "-COMPLETED", completed, completion);
            conflictingReport(submitted, completed, "OrderManager.WaitingCompletion", submission,
                    "OrderManager.Order" + tenant + "-COMPLETED", completion);
            emit("OrderProcessor.orderFinished", completed + 1, detail("orderId", orderId, "eventId", tenant,
                    "userId", userId));
        }
    }

    private static Map<String, Object> detail(Object... keysAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            detail.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return detail;
    }
}
