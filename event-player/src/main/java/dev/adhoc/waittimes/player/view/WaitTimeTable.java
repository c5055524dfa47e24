package dev.adhoc.waittimes.player.view;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.port.out.WaitTimePublisher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table a person watches: per tenant and drink, the latest average, p50, p90 and samples, as the last update
 * for that key said. Memory is bounded by the number of keys.
 */
public final class WaitTimeTable implements WaitTimePublisher {
    private static final Comparator<WindowKey> BY_TENANT_AND_DRINK =
            Comparator.comparing((WindowKey k) -> k.tenant().value()).thenComparing(k -> k.drink().name());

    private record Row(WaitTimeUpdate latest, long updates) {
    }

    private final Map<WindowKey, Row> rows = new TreeMap<>(BY_TENANT_AND_DRINK);

    @Override
    public void publish(List<WaitTimeUpdate> updates) {
        for (WaitTimeUpdate update : updates) {
            rows.merge(update.key(), new Row(update, 1), (old, now) -> new Row(now.latest(), old.updates() + 1));
        }
    }

    /** @return the latest update of every key, by tenant then drink */
    public List<WaitTimeUpdate> latest() {
        return rows.values().stream().map(Row::latest).toList();
    }

    /** @return the table as lines of text, header first */
    public List<String> lines() {
        int tenantWidth = "TENANT".length();
        int drinkWidth = "DRINK".length();
        for (WindowKey key : rows.keySet()) {
            tenantWidth = Math.max(tenantWidth, key.tenant().value().length());
            drinkWidth = Math.max(drinkWidth, key.drink().name().length());
        }
        String format = "%-" + tenantWidth + "s  %-" + drinkWidth + "s  %9s  %9s  %9s  %7s  %7s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "TENANT", "DRINK", "AVERAGE", "P50", "P90", "SAMPLES", "UPDATES"));
        for (Map.Entry<WindowKey, Row> entry : rows.entrySet()) {
            WaitTimeUpdate u = entry.getValue().latest();
            lines.add(String.format(Locale.ROOT, format, entry.getKey().tenant().value(), entry.getKey().drink().name(),
                    seconds(u.figures().average()), seconds(u.figures().p50()), seconds(u.figures().p90()),
                    u.figures().sampleSize() + "/" + u.windowSize(), entry.getValue().updates()));
        }
        if (rows.isEmpty()) {
            lines.add("(no wait time yet: no completed order was counted)");
        }
        return lines;
    }

    /** @param out where to print the table */
    public void print(PrintStream out) {
        lines().forEach(out::println);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
