package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Planned;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A day's events as the bus delivers them: in the planned order, shuffled, with every report that may take a sample
 * out of a window delivered last (so that withdrawals come in bursts, after the windows filled), or reversed; and
 * some delivered more than once. Arbitraries shrink towards the planned order and no redelivery.
 */
public final class Deliveries {
    /** How the day arrives. */
    public enum Arrival {
        /** Each event when it may be delivered at the earliest ({@link Planned#notBefore()}). */
        AS_PLANNED,
        /** In any order. */
        SHUFFLED,
        /** The events that fill windows first, in any order; then the reports that disagree, close or withdraw. */
        LATE_REPORTS_LAST,
        /** The planned order, backwards. */
        REVERSED
    }

    /**
     * A day, and what the bus delivered of it.
     *
     * @param day        the day
     * @param arrival    how it arrived
     * @param deliveries every delivery, in order (an event delivered again appears again)
     */
    public record Delivered(CoffeeBarDay day, Arrival arrival, List<BusEvent> deliveries) {
        /** @return the day's distinct events: what the oracle sees */
        public List<BusEvent> events() {
            return day.events();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Delivered[").append(day).append(",\n  ").append(arrival)
                    .append(", ").append(deliveries.size()).append(" deliveries:");
            deliveries.forEach(e -> text.append("\n    ").append(compact(e)));
            return text.append("]").toString();
        }
    }

    private Deliveries() {
    }

    /** @return the days of {@code days}, each delivered in one of the ways above, about a sixth of it again */
    public static Arbitrary<Delivered> of(Arbitrary<CoffeeBarDay> days) {
        return days.flatMap(day -> {
            List<Planned> planned = day.planned();
            Arbitrary<List<Integer>> again = planned.isEmpty() ? Arbitraries.just(List.of())
                    : Arbitraries.integers().between(0, planned.size() - 1).list().ofMaxSize(planned.size() / 3 + 1);
            return Combinators.combine(Arbitraries.of(Arrival.class), again).flatAs((arrival, twice) -> {
                List<Planned> all = new ArrayList<>(planned);
                twice.forEach(i -> all.add(planned.get(i)));
                List<BusEvent> early = all.stream().filter(p -> !p.late()).map(Planned::event).toList();
                List<BusEvent> late = all.stream().filter(Planned::late).map(Planned::event).toList();
                List<BusEvent> inPlan = asPlanned(all);
                Arbitrary<List<BusEvent>> delivered = switch (arrival) {
                    case AS_PLANNED -> Arbitraries.just(inPlan);
                    case SHUFFLED -> Arbitraries.shuffle(inPlan);
                    case LATE_REPORTS_LAST -> Combinators.combine(Arbitraries.shuffle(early), Arbitraries.shuffle(late))
                            .as(Deliveries::concat);
                    case REVERSED -> Arbitraries.just(reversed(inPlan));
                };
                return delivered.map(d -> new Delivered(day, arrival, d));
            });
        });
    }

    /**
     * For tests that deliver a seeded day in a plain {@code @Test}: deterministic for a seed.
     *
     * @return the events with about {@code duplicatePercent}% delivered again, all shuffled
     */
    public static List<BusEvent> asDelivered(List<BusEvent> events, long seed, int duplicatePercent) {
        Random random = new Random(seed);
        List<BusEvent> delivered = new ArrayList<>(events);
        for (BusEvent e : events) {
            while (random.nextInt(100) < duplicatePercent) {
                delivered.add(e);
            }
        }
        Collections.shuffle(delivered, random);
        return delivered;
    }

    private static List<BusEvent> asPlanned(List<Planned> planned) {
        return planned.stream().sorted(Comparator.comparing(Planned::notBefore)).map(Planned::event).toList();
    }

    private static List<BusEvent> concat(List<BusEvent> first, List<BusEvent> then) {
        List<BusEvent> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static List<BusEvent> reversed(List<BusEvent> events) {
        List<BusEvent> backwards = new ArrayList<>(events);
        Collections.reverse(backwards);
        return backwards;
    }

    /** @return an event in one short line: kind, id, order, drink and time of day */
    static String compact(BusEvent e) {
        return e.kind() + " " + e.id() + " " + e.tenant() + "/" + e.orderId()
                + (e.drink() == null ? "" : " " + e.drink()) + " " + e.time().substring(11);
    }
}
