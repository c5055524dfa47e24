package dev.adhoc.waittimes.core.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A submission report of an order: which drink, and when the wait started.
 *
 * @param drink      the drink
 * @param occurrence when the order entered the barista queue
 */
public record Submission(Drink drink, Occurrence occurrence) {
    /** Earliest occurrence first, then by drink name: the first one wins. */
    static final Comparator<Submission> WINNER_FIRST =
            Comparator.comparing(Submission::occurrence).thenComparing(s -> s.drink().name());

    /** @throws NullPointerException if a component is null */
    public Submission {
        Objects.requireNonNull(drink, "drink");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
