package dev.adhoc.waittimes.player.board;

import java.util.List;
import java.util.Objects;

/**
 * What the page shows, in the shape of the JSON it reads ({@code GET /state}, and each Server-Sent Event).
 *
 * @param source  what feeds the board: {@code simulate} or {@code replay}
 * @param speed   times real time for a paced simulation, or null when unpaced
 * @param clock   the latest event time seen (the simulated clock of a simulation), ISO-8601, or null before any event
 * @param phase   {@code running}, {@code finished} (the input is done; final figures) or {@code closed} (server stopping)
 * @param version increases with every change; a snapshot and the updates after it line up on it
 * @param drinks  by tenant then drink: every key in a snapshot, only the keys changed since the last event in an update
 */
public record BoardView(String source, Double speed, String clock, String phase, long version, List<DrinkView> drinks) {
    /** @throws NullPointerException if the source, phase or drinks are null */
    public BoardView {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(phase, "phase");
        drinks = List.copyOf(drinks);
    }

    /**
     * One drink of one tenant, as its latest update said.
     *
     * @param tenant  the tenant (detail.eventId)
     * @param drink   the drink
     * @param average the mean wait of the window, in seconds (millisecond precision)
     * @param p50     the median wait, in seconds
     * @param p90     the 90th percentile wait, in seconds
     * @param samples how many completed orders the figures come from
     * @param window  the most the window holds (N)
     * @param asOf    the latest completion in the window, ISO-8601, or null for an emptied window
     * @param updates how many updates this key has had in this run
     * @param history the average, in seconds, after each of the key's last updates, oldest first (bounded)
     */
    public record DrinkView(String tenant, String drink, double average, double p50, double p90, int samples,
                            int window, String asOf, long updates, List<Double> history) {
        /** @throws NullPointerException if the tenant, drink or history is null */
        public DrinkView {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(drink, "drink");
            history = List.copyOf(history);
        }
    }
}
