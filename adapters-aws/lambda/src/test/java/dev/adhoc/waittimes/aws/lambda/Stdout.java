package dev.adhoc.waittimes.aws.lambda;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures {@code System.out}, where the Embedded Metric Format documents go (Lambda sends the function's stdout to
 * its log group), until closed. The module's tests run one at a time.
 */
final class Stdout implements AutoCloseable {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private Stdout() {
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    static Stdout capture() {
        return new Stdout();
    }

    /** @return the lines printed so far */
    synchronized List<String> lines() {
        String text = captured.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    /** Forgets what was printed so far. */
    synchronized void clear() {
        captured.reset();
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
