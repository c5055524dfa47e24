package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One coffee-bar day, planned order by order, and the bus events it makes: submissions and completions (under both
 * names, or the workflow's {@code orderFinished}), orders never completed, cancellations and time-outs, noise, and
 * the reports that make windows hard — a second completion or submission report of one order that disagrees (another
 * time, another drink; one that makes a counted wait negative or longer than the ceiling), and bursts of
 * withdrawals from the latest orders of one key. {@link DayShapes} generates days (jqwik arbitraries that shrink, or
 * a seeded random source for the reliability suite); {@link Deliveries} delivers them in many orders.
 *
 * @param orders the orders
 * @param bursts the bursts of withdrawals
 */
public record CoffeeBarDay(List<PlannedOrder> orders, List<Burst> bursts) {
    /** Tenants, the busiest first. */
    static final List<String> TENANTS = List.of("NYC", "LDN");
    /** Drinks, the most popular first. */
    static final List<String> DRINKS = List.of("Caffe Latte", "Mocha", "Espresso");
    static final Instant OPENING = Instant.parse("2026-11-27T08:00:00Z");
    /** The ceiling of the default settings, in seconds: what a burst's too-long wait exceeds. */
    static final int CEILING_SECONDS = 900;

    /** Copies the lists. */
    public CoffeeBarDay {
        orders = List.copyOf(orders);
        bursts = List.copyOf(bursts);
    }

    /**
     * One order's primary reports, and the others the bus sent about it.
     *
     * @param number      its number in the day (its id is {@code o<number>})
     * @param tenant      the bar
     * @param drink       the drink of its primary submission
     * @param submittedAt seconds after opening
     * @param completion  its primary completion, if it was completed
     * @param conflicts   more reports of its submission or completion, that disagree
     * @param closing     its cancellation or time-out, if any
     * @param noise       whether unrelated traffic comes with it
     */
    public record PlannedOrder(int number, String tenant, String drink, int submittedAt,
                               Optional<Completion> completion, List<Conflict> conflicts, Optional<Closing> closing,
                               boolean noise) {
        /** Copies the list. */
        public PlannedOrder {
            conflicts = List.copyOf(conflicts);
        }

        String id() {
            return "o" + number;
        }

        /** @return seconds after opening of the primary completion, if completed */
        Optional<Integer> completedAt() {
            return completion.map(c -> submittedAt + c.seconds());
        }

        @Override
        public String toString() {
            return id() + "{" + tenant + "/" + drink + " submitted +" + submittedAt + "s"
                    + completion.map(c -> ", " + c).orElse(", never completed")
                    + (conflicts.isEmpty() ? "" : ", conflicts " + conflicts)
                    + closing.map(c -> ", " + c).orElse("") + (noise ? ", noise" : "") + "}";
        }
    }

    /**
     * @param seconds       the wait: seconds from submission (negative or above the ceiling: rejected)
     * @param kind          the detail-type: {@code COMPLETED}, {@code COMPLETED_LEGACY} or {@code FINISHED}
     * @param finishedAfter whether the workflow's {@code orderFinished} follows a second later
     */
    public record Completion(int seconds, Kind kind, boolean finishedAfter) {
        @Override
        public String toString() {
            return kind + " after " + seconds + "s" + (finishedAfter ? " +FINISHED" : "");
        }
    }

    /**
     * Another report of an order's submission or completion, under another id.
     *
     * @param submission whether it reports the submission (else the completion)
     * @param shift      seconds from the primary report's time (from submission + 300 s for an order never completed)
     * @param otherDrink for a submission: 0 the same drink, else the drink that many places further in the menu
     * @param kind       for a completion: its detail-type
     */
    public record Conflict(boolean submission, int shift, int otherDrink, Kind kind) {
        @Override
        public String toString() {
            return (submission ? "SUBMITTED" + (otherDrink == 0 ? "" : " drink+" + otherDrink) : kind.name())
                    + (shift >= 0 ? " +" : " ") + shift + "s";
        }
    }

    /**
     * @param kind          {@code CANCELLED}, {@code CANCELLED_LEGACY} or {@code TIMED_OUT}
     * @param at            seconds after submission
     * @param finishedAfter whether the workflow's {@code orderFinished} follows a second later
     */
    public record Closing(Kind kind, int at, boolean finishedAfter) {
        @Override
        public String toString() {
            return kind + " +" + at + "s" + (finishedAfter ? " +FINISHED" : "");
        }
    }

    /** How a burst takes an order out of its window. */
    public enum Withdrawal {
        /** A cancellation after its completion (the compatibility mode withdraws it; the default keeps it). */
        CANCELLATION,
        /** An earlier completion report, before its submission: a negative wait. */
        NEGATIVE_WAIT,
        /** An earlier submission report, so long before its completion that the wait is above the ceiling. */
        ABOVE_CEILING,
        /** An earlier submission report naming the next drink of the menu: it moves there. */
        ANOTHER_DRINK
    }

    /**
     * Withdrawals of the latest orders of one key, one after another, with no completion in between.
     *
     * @param tenant the bar
     * @param drink  the drink
     * @param how    one withdrawal per order, from the latest completed order of the key backwards
     * @param before seconds after opening: the burst takes the latest orders completed before then, and arrives
     *               then; empty: after the bar's last completion
     */
    public record Burst(String tenant, String drink, List<Withdrawal> how, Optional<Integer> before) {
        /** Copies the list. */
        public Burst {
            how = List.copyOf(how);
        }

        @Override
        public String toString() {
            return "burst" + how + " of " + tenant + "/" + drink + before.map(b -> " before +" + b + "s").orElse("");
        }
    }

    /**
     * An event of the day, and when the bus may deliver it at the earliest.
     *
     * @param event     the event
     * @param notBefore its own time; for a report that disagrees, after its order's primary reports; for a burst,
     *                  after its key's last completion
     * @param late      whether it is a report that may take a sample out of a window (a conflict, a closing, a
     *                  burst): {@link Deliveries} may deliver those last
     */
    public record Planned(BusEvent event, Instant notBefore, boolean late) {
    }

    /** @return the day's distinct events, order by order */
    public List<BusEvent> events() {
        return planned().stream().map(Planned::event).toList();
    }

    /** @return the day's distinct events, order by order, with when each may be delivered */
    public List<Planned> planned() {
        List<Planned> planned = new ArrayList<>();
        for (PlannedOrder o : orders) {
            List<Planned> primary = new ArrayList<>();
            Instant submitted = at(o.submittedAt());
            primary.add(now(new BusEvent(Kind.SUBMITTED, o.id() + "-s", o.tenant(), o.id(), o.drink(),
                    iso(submitted))));
            o.completion().ifPresent(c -> {
                Instant done = at(o.submittedAt() + c.seconds());
                primary.add(now(new BusEvent(c.kind(), o.id() + "-c", o.tenant(), o.id(), null, iso(done))));
                if (c.finishedAfter() && c.kind() != Kind.FINISHED) {
                    primary.add(now(new BusEvent(Kind.FINISHED, o.id() + "-f", o.tenant(), o.id(), null,
                            iso(done.plusSeconds(1)))));
                }
            });
            if (o.noise()) {
                primary.add(now(new BusEvent(Kind.NOISE, o.id() + "-n", o.tenant(), null, null, iso(submitted))));
            }
            planned.addAll(primary);
            Instant afterPrimary = primary.stream().map(p -> p.notBefore()).max(Comparator.naturalOrder())
                    .orElseThrow();
            for (int i = 0; i < o.conflicts().size(); i++) {
                planned.add(new Planned(conflict(o, o.conflicts().get(i), i + 2), afterPrimary, true));
            }
            o.closing().ifPresent(x -> {
                Instant closed = at(o.submittedAt() + x.at());
                planned.add(new Planned(new BusEvent(x.kind(), o.id() + "-x", o.tenant(), o.id(), null, iso(closed)),
                        closed, true));
                if (x.finishedAfter()) {
                    planned.add(new Planned(new BusEvent(Kind.FINISHED, o.id() + "-xf", o.tenant(), o.id(), null,
                            iso(closed.plusSeconds(1))), closed.plusSeconds(1), true));
                }
            });
        }
        for (int b = 0; b < bursts.size(); b++) {
            planned.addAll(burst(bursts.get(b), b));
        }
        return planned;
    }

    private static BusEvent conflict(PlannedOrder o, Conflict c, int n) {
        if (c.submission()) {
            String drink = DRINKS.get((DRINKS.indexOf(o.drink()) + c.otherDrink()) % DRINKS.size());
            return new BusEvent(Kind.SUBMITTED, o.id() + "-s" + n, o.tenant(), o.id(), drink,
                    iso(at(o.submittedAt() + c.shift())));
        }
        int completed = o.completedAt().orElse(o.submittedAt() + 300);
        return new BusEvent(c.kind(), o.id() + "-c" + n, o.tenant(), o.id(), null, iso(at(completed + c.shift())));
    }

    /** The burst's withdrawals of the latest orders of its key that the primary reports count. */
    private List<Planned> burst(Burst burst, int index) {
        List<PlannedOrder> ofKey = orders.stream()
                .filter(o -> o.tenant().equals(burst.tenant()) && o.drink().equals(burst.drink()))
                .filter(o -> o.completion().filter(c -> c.seconds() >= 0 && c.seconds() <= CEILING_SECONDS).isPresent())
                .filter(o -> burst.before().map(before -> o.completedAt().orElseThrow() < before).orElse(true))
                .sorted(Comparator.comparing((PlannedOrder o) -> o.completedAt().orElseThrow())
                        .thenComparing(PlannedOrder::id).reversed())
                .toList();
        Instant afterKey = burst.before().map(CoffeeBarDay::at).orElseGet(() -> orders.stream()
                .filter(o -> o.tenant().equals(burst.tenant())).flatMap(o -> o.completedAt().stream())
                .map(s -> at(s + 2)).max(Comparator.naturalOrder()).orElse(OPENING));
        List<Planned> withdrawals = new ArrayList<>();
        for (int i = 0; i < Math.min(ofKey.size(), burst.how().size()); i++) {
            PlannedOrder o = ofKey.get(i);
            String id = o.id() + "-w" + index;
            int submitted = o.submittedAt();
            int done = o.completedAt().orElseThrow();
            BusEvent e = switch (burst.how().get(i)) {
                case CANCELLATION -> new BusEvent(Kind.CANCELLED, id, o.tenant(), o.id(), null, iso(at(done + 1)));
                case NEGATIVE_WAIT -> new BusEvent(Kind.COMPLETED, id, o.tenant(), o.id(), null,
                        iso(at(submitted - 10)));
                case ABOVE_CEILING -> new BusEvent(Kind.SUBMITTED, id, o.tenant(), o.id(), o.drink(),
                        iso(at(Math.min(submitted - 1, done - CEILING_SECONDS - 60))));
                case ANOTHER_DRINK -> new BusEvent(Kind.SUBMITTED, id, o.tenant(), o.id(),
                        DRINKS.get((DRINKS.indexOf(o.drink()) + 1) % DRINKS.size()), iso(at(submitted - 5)));
            };
            withdrawals.add(new Planned(e, afterKey, true));
        }
        return withdrawals;
    }

    private static Planned now(BusEvent e) {
        return new Planned(e, Instant.parse(e.time()), false);
    }

    private static Instant at(long secondsAfterOpening) {
        return OPENING.plusSeconds(secondsAfterOpening);
    }

    private static String iso(Instant t) {
        return t.toString();
    }

    /** @return how many reports of each hard kind the day has: conflicts by what disagrees, closings, withdrawals */
    public Map<String, Integer> hardCases() {
        Map<String, Integer> cases = new HashMap<>();
        for (PlannedOrder o : orders) {
            for (Conflict c : o.conflicts()) {
                cases.merge(!c.submission() ? "conflictingCompletions"
                        : c.otherDrink() != 0 ? "submissionsNamingAnotherDrink" : "conflictingSubmissions", 1,
                        Integer::sum);
            }
            o.closing().ifPresent(x -> cases.merge("closings", 1, Integer::sum));
        }
        bursts.forEach(b -> cases.merge("burstWithdrawals", b.how().size(), Integer::sum));
        return new java.util.TreeMap<>(cases);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CoffeeBarDay[");
        orders.forEach(o -> text.append("\n    ").append(o));
        bursts.forEach(b -> text.append("\n    ").append(b));
        return text.append("]").toString();
    }
}
