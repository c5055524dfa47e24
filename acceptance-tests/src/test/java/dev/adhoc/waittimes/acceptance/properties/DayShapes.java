package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Burst;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Closing;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Completion;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Conflict;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.PlannedOrder;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay.Withdrawal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * What a generated coffee-bar day looks like, in one table of weighted shapes that both generators draw from: the
 * jqwik arbitraries of the properties (which shrink: fewer orders, fewer reports, the first tenant and drink, smaller
 * numbers) and the seeded random source of the reliability suite's big days (deterministic for a seed).
 *
 * <p>The shapes aim at the hard cases: most orders of one tenant and one popular drink, half of them submitted at the
 * opening, so that windows of 1, 2, 3 and 10 fill and samples are pushed out; a quarter of the orders with a report
 * that disagrees (a completion or a submission at another time, possibly another drink, possibly making the wait
 * negative or above the ceiling); cancellations and time-outs, some after the completion; bursts of withdrawals from
 * the latest orders of one key.
 */
public final class DayShapes {
    /** A weighted choice of int ranges: {weight, min, max} each. */
    private record Ints(int[][] weighted) {
        Arbitrary<Integer> arbitrary() {
            List<Tuple.Tuple2<Integer, Arbitrary<Integer>>> choices = new ArrayList<>();
            for (int[] w : weighted) {
                choices.add(Tuple.of(w[0], Arbitraries.integers().between(w[1], w[2])));
            }
            return Arbitraries.frequencyOf(choices);
        }

        int draw(Random random) {
            int[] w = pick(random, Arrays.asList(weighted), choice -> choice[0]);
            return w[1] + random.nextInt(w[2] - w[1] + 1);
        }
    }

    /** A weighted choice of values. */
    private record Values<T>(List<Tuple.Tuple2<Integer, T>> weighted) {
        Arbitrary<T> arbitrary() {
            return Arbitraries.frequency(weighted);
        }

        T draw(Random random) {
            return pick(random, weighted, Tuple.Tuple2::get1).get2();
        }
    }

    private static final Values<String> TENANT = new Values<>(List.of(Tuple.of(4, "NYC"), Tuple.of(1, "LDN")));
    private static final Values<String> DRINK = new Values<>(List.of(
            Tuple.of(6, "Caffe Latte"), Tuple.of(3, "Mocha"), Tuple.of(1, "Espresso")));
    /** Waits in seconds: mostly valid; zero, the ceiling, one above it; negative; far above the ceiling. */
    private static final Ints WAIT = new Ints(new int[][] {
            {70, 30, 600}, {4, 0, 0}, {4, 900, 900}, {3, 901, 901}, {7, -120, -1}, {5, 902, 3600}});
    private static final Values<Kind> COMPLETION_KIND = new Values<>(List.of(
            Tuple.of(5, Kind.COMPLETED), Tuple.of(2, Kind.COMPLETED_LEGACY), Tuple.of(3, Kind.FINISHED)));
    /** A conflict's shift: close to the primary report, or far enough to move the wait across zero or the ceiling. */
    private static final Ints SHIFT = new Ints(new int[][] {{5, -60, 60}, {2, -1200, -61}, {2, 61, 1200}});
    private static final Ints OTHER_DRINK = new Ints(new int[][] {{2, 0, 0}, {2, 1, 2}});
    private static final Values<Kind> CLOSING_KIND = new Values<>(List.of(
            Tuple.of(3, Kind.CANCELLED), Tuple.of(1, Kind.CANCELLED_LEGACY), Tuple.of(2, Kind.TIMED_OUT)));
    private static final int COMPLETED_PERCENT = 90;
    private static final int CONFLICTS_PERCENT = 25;
    private static final int CLOSING_PERCENT = 12;
    private static final int NOISE_PERCENT = 5;
    private static final int FINISHED_AFTER_PERCENT = 35;

    private DayShapes() {
    }

    /**
     * @param maxOrders most orders of a day
     * @param span      seconds over which the orders are submitted
     * @return days of up to {@code maxOrders} orders, with up to two bursts after the bar's last completion
     */
    public static Arbitrary<CoffeeBarDay> days(int maxOrders, int span) {
        Arbitrary<List<PlannedOrder>> orders = order(span).list().ofMaxSize(maxOrders)
                .map(DayShapes::numbered);
        Arbitrary<Burst> burst = Combinators.combine(TENANT.arbitrary(), DRINK.arbitrary(),
                Arbitraries.of(Withdrawal.class).list().ofMinSize(1).ofMaxSize(10))
                .as((tenant, drink, how) -> new Burst(tenant, drink, how, Optional.empty()));
        return Combinators.combine(orders, burst.list().ofMaxSize(2)).as(CoffeeBarDay::new);
    }

    /**
     * @param random    the seeded source
     * @param orders    how many orders
     * @param span      seconds over which they are submitted
     * @param burstEach one burst per this many orders: a third of them after the bar's last completion, the others at
     *                  a random time of the day
     * @return a day drawn from the same shapes as {@link #days}, the same for the same random sequence
     */
    public static CoffeeBarDay random(Random random, int orders, int span, int burstEach) {
        List<PlannedOrder> planned = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            Optional<Completion> completion = percent(random, COMPLETED_PERCENT)
                    ? Optional.of(new Completion(WAIT.draw(random), COMPLETION_KIND.draw(random),
                    percent(random, FINISHED_AFTER_PERCENT))) : Optional.empty();
            List<Conflict> conflicts = new ArrayList<>();
            if (percent(random, CONFLICTS_PERCENT)) {
                for (int c = 1 + random.nextInt(2); c > 0; c--) {
                    conflicts.add(new Conflict(random.nextBoolean(), SHIFT.draw(random), OTHER_DRINK.draw(random),
                            COMPLETION_KIND.draw(random)));
                }
            }
            Optional<Closing> closing = percent(random, CLOSING_PERCENT) ? Optional.of(new Closing(
                    CLOSING_KIND.draw(random), random.nextInt(1201), percent(random, 50))) : Optional.empty();
            planned.add(new PlannedOrder(i, TENANT.draw(random), DRINK.draw(random), submitted(span).draw(random),
                    completion, conflicts, closing, percent(random, NOISE_PERCENT)));
        }
        List<Burst> bursts = new ArrayList<>();
        for (int b = 0; b < orders / burstEach; b++) {
            List<Withdrawal> how = new ArrayList<>();
            for (int n = 1 + random.nextInt(10); n > 0; n--) {
                how.add(Withdrawal.values()[random.nextInt(Withdrawal.values().length)]);
            }
            // a third of the bursts after the bar's last completion, where nothing pushes their key's window on
            Optional<Integer> before = b % 3 == 0 ? Optional.empty() : Optional.of(random.nextInt(span + 1));
            bursts.add(new Burst(TENANT.draw(random), DRINK.draw(random), how, before));
        }
        return new CoffeeBarDay(planned, bursts);
    }

    private static Arbitrary<PlannedOrder> order(int span) {
        Arbitrary<Optional<Completion>> completion = Combinators.combine(WAIT.arbitrary(),
                COMPLETION_KIND.arbitrary(), percent(FINISHED_AFTER_PERCENT)).as(Completion::new)
                .optional(COMPLETED_PERCENT / 100.0);
        Arbitrary<Conflict> conflict = Combinators.combine(Arbitraries.of(true, false), SHIFT.arbitrary(),
                OTHER_DRINK.arbitrary(), COMPLETION_KIND.arbitrary()).as(Conflict::new);
        Arbitrary<List<Conflict>> conflicts = Arbitraries.frequencyOf(
                Tuple.of(100 - CONFLICTS_PERCENT, Arbitraries.just(List.of())),
                Tuple.of(CONFLICTS_PERCENT, conflict.list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<Optional<Closing>> closing = Combinators.combine(CLOSING_KIND.arbitrary(),
                Arbitraries.integers().between(0, 1200), percent(50)).as(Closing::new)
                .optional(CLOSING_PERCENT / 100.0);
        return Combinators.combine(TENANT.arbitrary(), DRINK.arbitrary(), submitted(span).arbitrary(), completion,
                conflicts, closing, percent(NOISE_PERCENT))
                .as((tenant, drink, submittedAt, completed, conflicting, closed, noise) ->
                        new PlannedOrder(0, tenant, drink, submittedAt, completed, conflicting, closed, noise));
    }

    private static List<PlannedOrder> numbered(List<PlannedOrder> orders) {
        List<PlannedOrder> numbered = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            PlannedOrder o = orders.get(i);
            numbered.add(new PlannedOrder(i + 1, o.tenant(), o.drink(), o.submittedAt(), o.completion(),
                    o.conflicts(), o.closing(), o.noise()));
        }
        return numbered;
    }

    /** Seconds after opening, up to the day's span. Half the orders share the opening (a rush). */
    private static Ints submitted(int span) {
        return new Ints(new int[][] {{5, 0, 0}, {5, 0, span}});
    }

    private static Arbitrary<Boolean> percent(int p) {
        return Arbitraries.frequency(Tuple.of(100 - p, false), Tuple.of(p, true));
    }

    private static boolean percent(Random random, int p) {
        return random.nextInt(100) < p;
    }

    /** @return one of the choices, each with the chance its weight gives it */
    private static <T> T pick(Random random, List<T> choices, ToIntFunction<T> weight) {
        int ticket = random.nextInt(choices.stream().mapToInt(weight).sum());
        for (T choice : choices) {
            ticket -= weight.applyAsInt(choice);
            if (ticket < 0) {
                return choice;
            }
        }
        throw new IllegalStateException();
    }
}
