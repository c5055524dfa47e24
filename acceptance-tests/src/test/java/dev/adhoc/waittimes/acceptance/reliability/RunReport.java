package dev.adhoc.waittimes.acceptance.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a run's one-line summary and keeps it in {@code target/reliability/<name>.txt} for docs/reliability.md. */
final class RunReport {
    private RunReport() {
    }

    /** @param name the run's name; {@code line} its figures, {@code key=value} separated by spaces */
    static void write(String name, String line) {
        String text = name + ": " + line + System.lineSeparator();
        System.out.print(text);
        try {
            Path out = Path.of("target", "reliability", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many orders a run simulates: {@code -Dreliability.orders=N}, else its CI default */
    static int orders(int ciDefault) {
        return Integer.getInteger("reliability.orders", ciDefault);
    }

    /** @return the seed of every generated day and every injected fault: {@code -Dreliability.seed=S} */
    static long seed() {
        return Long.getLong("reliability.seed", 20261127L);
    }
}
