package dev.adhoc.waittimes.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the JMH CSV results of {@link CoreThroughput} and {@link ReferenceThroughput} into the Markdown tables of
 * docs/benchmarks.md: events per second (all threads together), CPU nanoseconds per event, ours against the
 * reference, the cost at 1 million orders of history against 1 thousand, and the targets.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.adhoc.waittimes.benchmarks.ThroughputSummary results.csv...}
 */
public final class ThroughputSummary {
    /** Single-threaded events per second to reach. */
    static final double TARGET_EVENTS_PER_SECOND = 2_000_000;
    /** Largest cost per event at 1 million orders of history, relative to 1 thousand. */
    static final double TARGET_HISTORY_RATIO = 1.25;
    private static final int[] HISTORIES = {1000, 1_000_000};
    private static final int[] WINDOWS = {10, 100};

    /** One row of a JMH CSV file. */
    record Row(String benchmark, int threads, int samples, double score, double error, String unit, int history,
               int window) {
        /** @return whether this is a result of that class, primary ({@code null}) or that secondary one */
        boolean is(String clazz, String secondary) {
            int colon = benchmark.indexOf(':');
            String primary = colon < 0 ? benchmark : benchmark.substring(0, colon);
            String label = colon < 0 ? null : benchmark.substring(colon + 1);
            return primary.contains("." + clazz + ".") && Objects.equals(label, secondary);
        }
    }

    private final List<Row> rows;

    ThroughputSummary(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Prints the summary of the CSV files given as arguments. */
    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : args) {
            rows.addAll(parse(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)));
        }
        System.out.print(new ThroughputSummary(rows).markdown());
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = fields(lines.get(0));
        int history = header.indexOf("Param: history");
        int window = header.indexOf("Param: window");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            rows.add(new Row(f.get(0), Integer.parseInt(f.get(2)), Integer.parseInt(f.get(3)), number(f.get(4)),
                    number(f.get(5)), f.get(6), Integer.parseInt(f.get(history)), Integer.parseInt(f.get(window))));
        }
        return rows;
    }

    private static double number(String text) {
        return text.isEmpty() || text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| history | N | threads | ours: events/s | ours: CPU ns/event | reference: events/s"
                + " | reference: CPU ns/event | ours faster by |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int history : HISTORIES) {
            for (int window : WINDOWS) {
                for (int threads = 1; threads <= 2; threads++) {
                    Optional<Row> ours = find("CoreThroughput", null, history, window, threads);
                    Optional<Row> theirs = find("ReferenceThroughput", null, history, window, threads);
                    if (ours.isEmpty() && theirs.isEmpty()) {
                        continue;
                    }
                    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s |\n",
                            history == 1000 ? "1 k" : "1 M", window, threads,
                            ours.map(ThroughputSummary::eventsPerSecond).orElse("-"),
                            cpu("CoreThroughput", history, window, threads),
                            theirs.map(ThroughputSummary::eventsPerSecond).orElse("-"),
                            cpu("ReferenceThroughput", history, window, threads),
                            ours.isPresent() && theirs.isPresent()
                                    ? times(theirs.get().score() / ours.get().score()) : "-"));
                }
            }
        }
        md.append("\nCost per event at 1 M orders of history ÷ at 1 k (target ≤ ")
                .append(TARGET_HISTORY_RATIO).append("):\n\n");
        md.append("| N | threads | ours, wall | ours, CPU | reference, wall | reference, CPU |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        for (int window : WINDOWS) {
            for (int threads = 1; threads <= 2; threads++) {
                md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s |\n", window, threads,
                        ratio("CoreThroughput", null, window, threads), ratio("CoreThroughput", "cpu", window, threads),
                        ratio("ReferenceThroughput", null, window, threads),
                        ratio("ReferenceThroughput", "cpu", window, threads)));
            }
        }
        md.append("\nTargets:\n\n");
        for (int history : HISTORIES) {
            for (int window : WINDOWS) {
                find("CoreThroughput", null, history, window, 1).ifPresent(r -> md.append(String.format(Locale.ROOT,
                        "- single thread, N = %d, history %s: %s events/s, target %s: %s\n", window,
                        history == 1000 ? "1 k" : "1 M", millions(1e9 / r.score()), millions(TARGET_EVENTS_PER_SECOND),
                        1e9 / r.score() >= TARGET_EVENTS_PER_SECOND ? "**met**" : "**missed**")));
            }
        }
        for (int window : WINDOWS) {
            for (int threads = 1; threads <= 2; threads++) {
                Optional<Double> r = ratioOf("CoreThroughput", null, window, threads);
                int w = window;
                int t = threads;
                r.ifPresent(x -> md.append(String.format(Locale.ROOT,
                        "- 1 M ÷ 1 k history, N = %d, %d thread%s: %.2f, target ≤ %.2f: %s\n", w, t,
                        t == 1 ? "" : "s", x, TARGET_HISTORY_RATIO, x <= TARGET_HISTORY_RATIO ? "**met**" : "**missed**")));
            }
        }
        return md.toString();
    }

    private Optional<Row> find(String clazz, String secondary, int history, int window, int threads) {
        return rows.stream().filter(r -> r.is(clazz, secondary) && r.history() == history && r.window() == window
                && r.threads() == threads).reduce((a, b) -> b);
    }

    private String cpu(String clazz, int history, int window, int threads) {
        return find(clazz, "cpu", history, window, threads)
                .map(r -> Double.isNaN(r.error()) ? nanos(r.score()) : nanos(r.score()) + " ± " + nanos(r.error()))
                .orElse("-");
    }

    private String ratio(String clazz, String secondary, int window, int threads) {
        return ratioOf(clazz, secondary, window, threads).map(ThroughputSummary::times).orElse("-");
    }

    private Optional<Double> ratioOf(String clazz, String secondary, int window, int threads) {
        Optional<Row> small = find(clazz, secondary, 1000, window, threads);
        Optional<Row> large = find(clazz, secondary, 1_000_000, window, threads);
        return small.isPresent() && large.isPresent()
                ? Optional.of(large.get().score() / small.get().score()) : Optional.empty();
    }

    /** All threads together: each thread's shot overlaps the others' (see {@link StartLine}). */
    private static String eventsPerSecond(Row r) {
        double events = r.threads() * 1e9 / r.score();
        double error = events * r.error() / r.score();
        return Double.isNaN(error) ? millions(events) : millions(events) + " ± " + millions(error);
    }

    private static String millions(double eventsPerSecond) {
        if (eventsPerSecond >= 100_000) {
            return String.format(Locale.ROOT, "%.2f M", eventsPerSecond / 1e6);
        }
        if (eventsPerSecond >= 100) {
            return String.format(Locale.ROOT, "%.1f k", eventsPerSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", eventsPerSecond);
    }

    private static String nanos(double ns) {
        if (Double.isNaN(ns)) {
            return "?";
        }
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
        }
        if (ns >= 1e4) {
            return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", ns);
    }

    private static String times(double ratio) {
        return ratio >= 100 ? String.format(Locale.ROOT, "%,.0f×", ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
