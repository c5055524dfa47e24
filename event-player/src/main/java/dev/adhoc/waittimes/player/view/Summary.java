package dev.adhoc.waittimes.player.view;

import dev.adhoc.waittimes.core.domain.RejectionReason;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing summary of a run. */
public final class Summary {
    private Summary() {
    }

    /**
     * Prints two lines: the counts and the pace, then the rejections by reason.
     *
     * @param stats the run's figures
     * @param out   where to print
     */
    public static void print(RunStats stats, PrintStream out) {
        out.println(String.format(Locale.ROOT,
                "summary: %d events read, %d accepted, %d ignored, %d rejected, %d updates emitted in %.2f s (%.0f events/s)",
                stats.eventsRead(), stats.eventsAccepted(), stats.eventsIgnored(), stats.eventsRejected(),
                stats.updatesEmitted(), stats.elapsedSeconds(), stats.eventsPerSecond()));
        out.println("rejected by reason: " + byReason(stats.rejectedByReason()));
        out.flush();
    }

    /**
     * Prints the summary of a simulation put on a bus.
     *
     * @param bus    the bus
     * @param orders orders simulated
     * @param sent   events the bus accepted
     * @param stats  the run's figures (events generated)
     * @param out    where to print
     */
    public static void printBus(String bus, int orders, long sent, RunStats stats, PrintStream out) {
        out.println(String.format(Locale.ROOT,
                "summary: %d orders simulated, %d events put on bus %s in %.2f s (%.0f events/s)",
                orders, sent, bus, stats.elapsedSeconds(), stats.eventsPerSecond()));
        out.flush();
    }

    static String byReason(Map<RejectionReason, Long> rejected) {
        if (rejected.isEmpty()) {
            return "none";
        }
        return rejected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
