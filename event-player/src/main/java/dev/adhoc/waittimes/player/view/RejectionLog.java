package dev.adhoc.waittimes.player.view;

import dev.adhoc.waittimes.core.domain.Rejection;

import java.io.PrintStream;

/** Reports each rejected event on one line: {@code rejected <position>: <REASON>: <message>}. */
public final class RejectionLog {
    private static final int MAX_MESSAGE = 300;

    private final PrintStream err;

    /** @param err where the lines go (stderr) */
    public RejectionLog(PrintStream err) {
        this.err = err;
    }

    /**
     * @param position  where the event is in the input
     * @param rejection why it was rejected
     */
    public void rejected(String position, Rejection rejection) {
        err.println(line(position, rejection));
    }

    /** @return the line that reports a rejection (one line, whatever the message holds) */
    public static String line(String position, Rejection rejection) {
        String message = oneLine(rejection.message());
        String ref = rejection.eventRef().equals(position) ? "" : " (event " + oneLine(rejection.eventRef()) + ")";
        return "rejected " + position + ": " + rejection.reason() + ": " + message + ref;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\p{Cntrl}+", " ");
        return flat.length() > MAX_MESSAGE ? flat.substring(0, MAX_MESSAGE) + "..." : flat;
    }
}
