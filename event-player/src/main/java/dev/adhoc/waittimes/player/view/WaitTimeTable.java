package dev.adhoc.waittimes.player.view;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

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
public final class WaitTimeTable implements WaitTimePublisher, TableView {
    private static final Comparator<WindowKey> BY_TENANT_AND_DRINK =
            Comparator.comparing((WindowKey k) -> k.tenant().value()).thenComparing(k -> k.drink().name());

    private record Row(WaitTimeUpdate latest, long updates) {
    }

    /** The width of the columns after the names, with their separators. */
    private static final int FIGURES_WIDTH = 2 + 2 + 9 + 2 + 9 + 2 + 9 + 2 + 7 + 2 + 7;

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

    /**
     * @param columns the terminal's width, or 0 if unknown: names are cut (ending in "…") so that rows fit it
     * @return the table as lines of text, header first
     */
    @Override
    public List<String> lines(int columns) {
        int tenantWidth = "TENANT".length();
        int drinkWidth = "DRINK".length();
        for (WindowKey key : rows.keySet()) {
            tenantWidth = Math.max(tenantWidth, key.tenant().value().length());
            drinkWidth = Math.max(drinkWidth, key.drink().name().length());
        }
        if (columns > 0 && tenantWidth + drinkWidth + FIGURES_WIDTH > columns) {
            int room = Math.max("TENANT".length() + "DRINK".length(), columns - FIGURES_WIDTH);
            drinkWidth = Math.max("DRINK".length(), Math.min(drinkWidth, room - tenantWidth));
            tenantWidth = Math.max("TENANT".length(), Math.min(tenantWidth, room - drinkWidth));
        }
        String format = "%-" + tenantWidth + "s  %-" + drinkWidth + "s  %9s  %9s  %9s  %7s  %7s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "TENANT", "DRINK", "AVERAGE", "P50", "P90", "SAMPLES", "UPDATES"));
        for (Map.Entry<WindowKey, Row> entry : rows.entrySet()) {
            WaitTimeUpdate u = entry.getValue().latest();
            lines.add(String.format(Locale.ROOT, format, cut(entry.getKey().tenant().value(), tenantWidth),
                    cut(entry.getKey().drink().name(), drinkWidth),
                    seconds(u.figures().average()), seconds(u.figures().p50()), seconds(u.figures().p90()),
                    u.figures().sampleSize() + "/" + u.windowSize(), entry.getValue().updates()));
        }
        if (rows.isEmpty()) {
            lines.add("(no wait time yet: no completed order was counted)");
        }
        return lines;
    }

    private static String cut(String name, int width) {
        return name.length() <= width ? name : name.substring(0, width - 1) + "…";
    }

    /** @return a wait as the tables show it, in seconds with one decimal ({@code 301.5 s}) */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
