package dev.adhoc.waittimes.player.wiring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The width of the terminal the player runs in, for a table that fits it. */
public final class TerminalWidth {
    private TerminalWidth() {
    }

    /** @return {@code $COLUMNS}, else what {@code stty size} says of the controlling terminal, else 0 (unknown) */
    public static int columns() {
        Integer fromEnv = parse(System.getenv("COLUMNS"));
        if (fromEnv != null) {
            return fromEnv;
        }
        try {
            Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroy();
                return 0;
            }
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            Integer columns = size.length == 2 ? parse(size[1]) : null;
            return columns == null ? 0 : columns;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static Integer parse(String value) {
        try {
            int columns = value == null ? 0 : Integer.parseInt(value.trim());
            return columns > 0 ? columns : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
