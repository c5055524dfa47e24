package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contract's semantics (section 2) computed the obvious way, for clarity and not speed: look at the whole set of
 * distinct events at once; per order, its winning submission and completion (the earliest report of each, ties by
 * event id); the order counts where both are known, their wait is between zero and the ceiling, and — in the
 * compatibility mode — it was never cancelled or timed out; each window is the N latest counted completions of its
 * (tenant, drink). Every pair of a submission report and a completion report of one order whose wait is negative or
 * above the ceiling is one rejection, whose id names the order and the two reports (the same id whichever arrived
 * first). Nothing here depends on the order of arrival, or on how often an event arrived.
 *
 * <p>A window is named by its figures and by its content id, computed by core's {@link WaitTimeUpdate#of} from the
 * samples this oracle chose: equal ids mean the very same orders, completion times and waits.
 */
public final class ReferenceOracle {
    /** The expected screen for one (tenant, drink). */
    public record Expected(BigDecimal averageSeconds, int sampleSize, String updateId) {
        /** Millisecond precision, whatever the scale of the JSON number it was read from. */
        public Expected {
            averageSeconds = averageSeconds.setScale(3, RoundingMode.UNNECESSARY);
        }
    }

    /**
     * What a set of events must end in.
     *
     * @param windows      per "tenant/drink", every key with at least one counted order
     * @param members      per "tenant/drink", the orders in its window, latest completion first
     * @param rejectionIds the ids of every rejection of a pair of reports
     */
    public record Outcome(Map<String, Expected> windows, Map<String, List<String>> members, Set<String> rejectionIds) {
    }

    /**
     * One report of an order: when, which event, and what it says (a submission's drink, a closing's reason; nothing
     * for a completion, whatever its detail-type).
     */
    private record Report(Instant time, String eventId, String says) {
        static final Comparator<Report> EARLIEST = Comparator.comparing(Report::time).thenComparing(Report::eventId)
                .thenComparing(Report::says);
    }

    /** Everything the bus said about one order. */
    private static final class Order {
        final Set<Report> submissions = new TreeSet<>(Report.EARLIEST);
        final Set<Report> completions = new TreeSet<>(Report.EARLIEST);
        final Set<Report> closings = new TreeSet<>(Report.EARLIEST);
    }

    private ReferenceOracle() {
    }

    /** @return the expected screens of every key with at least one counted order, by "tenant/drink" */
    public static Map<String, Expected> windows(List<BusEvent> events, WaitTimeSettings settings) {
        return of(events, settings).windows();
    }

    /** @return the windows and the rejection ids the distinct events must end in */
    public static Outcome of(List<BusEvent> events, WaitTimeSettings settings) {
        Map<List<String>, Order> orders = new LinkedHashMap<>();
        for (BusEvent e : events) {
            Order order = e.kind() == Kind.NOISE ? null
                    : orders.computeIfAbsent(List.of(e.tenant(), e.orderId()), k -> new Order());
            Instant time = Instant.parse(e.time());
            switch (e.kind()) {
                case SUBMITTED -> order.submissions.add(new Report(time, e.id(), e.drink()));
                case COMPLETED, COMPLETED_LEGACY -> order.completions.add(new Report(time, e.id(), ""));
                case FINISHED -> {
                    if (settings.completionMode() == CompletionMode.FINISHED) {
                        order.completions.add(new Report(time, e.id(), ""));
                    }
                }
                case CANCELLED, CANCELLED_LEGACY -> order.closings.add(new Report(time, e.id(), "CANCELLED"));
                case TIMED_OUT -> order.closings.add(new Report(time, e.id(), "TIMED_OUT"));
                case NOISE -> { }
            }
        }
        long ceiling = settings.maxWait().toMillis();
        Map<String, List<Sample>> samples = new TreeMap<>();
        Set<String> rejectionIds = new TreeSet<>();
        orders.forEach((name, order) -> {
            String tenant = name.get(0);
            String orderId = name.get(1);
            if (order.submissions.size() > 16 || order.completions.size() > 16 || order.closings.size() > 16) {
                throw new IllegalArgumentException("more than 16 reports of a kind: which ones count depends on "
                        + "the order of arrival, " + tenant + "/" + orderId);
            }
            for (Report s : order.submissions) {
                for (Report c : order.completions) {
                    long wait = Duration.between(s.time(), c.time()).toMillis();
                    if (wait < 0 || wait > ceiling) {
                        rejectionIds.add(Rejection.idOf(wait < 0 ? "NEGATIVE_WAIT" : "WAIT_ABOVE_CEILING", tenant,
                                orderId, s.says(), s.time().toString(), s.eventId(), c.time().toString(),
                                c.eventId()));
                    }
                }
            }
            if (order.submissions.isEmpty() || order.completions.isEmpty()) {
                return;
            }
            Report submitted = order.submissions.iterator().next();
            Report completed = order.completions.iterator().next();
            long wait = Duration.between(submitted.time(), completed.time()).toMillis();
            boolean closed = settings.completionMode() == CompletionMode.FINISHED && !order.closings.isEmpty();
            if (wait >= 0 && wait <= ceiling && !closed) {
                samples.computeIfAbsent(tenant + "/" + submitted.says(), k -> new ArrayList<>())
                        .add(new Sample(new OrderId(orderId), completed.time(), wait));
            }
        });
        Map<String, Expected> windows = new TreeMap<>();
        Map<String, List<String>> members = new TreeMap<>();
        samples.forEach((key, all) -> {
            List<Sample> window = all.stream()
                    .sorted(Comparator.comparing(Sample::at).thenComparing(s -> s.orderId().value()).reversed())
                    .limit(settings.windowSize()).toList();
            long total = window.stream().mapToLong(Sample::value).sum();
            BigDecimal meanMillis = BigDecimal.valueOf(total)
                    .divide(BigDecimal.valueOf(window.size()), 0, RoundingMode.HALF_UP);
            String[] tenantAndDrink = key.split("/", 2);
            WindowKey windowKey = new WindowKey(new TenantId(tenantAndDrink[0]), new Drink(tenantAndDrink[1]));
            String updateId = WaitTimeUpdate.of(windowKey, new Window(window), settings.windowSize()).updateId();
            windows.put(key, new Expected(meanMillis.movePointLeft(3), window.size(), updateId));
            members.put(key, window.stream().map(w -> w.orderId().value()).toList());
        });
        return new Outcome(windows, members, rejectionIds);
    }
}
