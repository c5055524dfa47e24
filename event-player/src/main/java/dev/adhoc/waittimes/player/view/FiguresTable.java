package dev.adhoc.waittimes.player.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The table of an extension built on the engine: per window (its names, such as tenant and drink), its latest
 * figures as text and how many events it emitted. Names are left-aligned and cut to fit the terminal; figures are
 * right-aligned. Memory is bounded by the number of windows.
 */
public final class FiguresTable implements TableView {
    private static final Comparator<List<String>> BY_NAMES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private record Row(List<String> figures, long emitted) {
    }

    private final List<String> nameHeaders;
    private final List<String> figureHeaders;
    private final String emittedHeader;
    private final String empty;
    private final Map<List<String>, Row> rows = new TreeMap<>(BY_NAMES);

    /**
     * @param nameHeaders   the headers of the name columns ({@code TENANT}, {@code DRINK})
     * @param figureHeaders the headers of the figure columns
     * @param emittedHeader the header of the count of emitted events
     * @param empty         the line shown while there is no row
     */
    public FiguresTable(List<String> nameHeaders, List<String> figureHeaders, String emittedHeader, String empty) {
        this.nameHeaders = List.copyOf(nameHeaders);
        this.figureHeaders = List.copyOf(figureHeaders);
        this.emittedHeader = Objects.requireNonNull(emittedHeader, "emittedHeader");
        this.empty = Objects.requireNonNull(empty, "empty");
    }

    /**
     * @param names   the window's names, one per name column
     * @param figures its figures now, one per figure column
     * @param emitted whether this update emitted an event
     */
    public void put(List<String> names, List<String> figures, boolean emitted) {
        rows.merge(List.copyOf(names), new Row(List.copyOf(figures), emitted ? 1 : 0),
                (old, now) -> new Row(now.figures(), old.emitted() + now.emitted()));
    }

    @Override
    public List<String> lines(int columns) {
        int[] nameWidths = nameHeaders.stream().mapToInt(String::length).toArray();
        int[] figureWidths = new int[figureHeaders.size() + 1];
        for (int i = 0; i < figureHeaders.size(); i++) {
            figureWidths[i] = figureHeaders.get(i).length();
        }
        figureWidths[figureHeaders.size()] = emittedHeader.length();
        rows.forEach((names, row) -> {
            for (int i = 0; i < nameWidths.length; i++) {
                nameWidths[i] = Math.max(nameWidths[i], names.get(i).length());
            }
            for (int i = 0; i < row.figures().size(); i++) {
                figureWidths[i] = Math.max(figureWidths[i], row.figures().get(i).length());
            }
            figureWidths[row.figures().size()] = Math.max(figureWidths[row.figures().size()],
                    Long.toString(row.emitted()).length());
        });
        fitNames(nameWidths, figureWidths, columns);
        List<String> lines = new ArrayList<>();
        List<String> headerFigures = new ArrayList<>(figureHeaders);
        headerFigures.add(emittedHeader);
        lines.add(line(nameHeaders, headerFigures, nameWidths, figureWidths));
        rows.forEach((names, row) -> {
            List<String> figures = new ArrayList<>(row.figures());
            figures.add(Long.toString(row.emitted()));
            lines.add(line(names, figures, nameWidths, figureWidths));
        });
        if (rows.isEmpty()) {
            lines.add(empty);
        }
        return lines;
    }

    /** Narrows the widest name columns first, never below their header, until a row fits the terminal. */
    private static void fitNames(int[] names, int[] figures, int columns) {
        if (columns <= 0) {
            return;
        }
        int width = 0;
        for (int w : names) {
            width += w + 2;
        }
        for (int w : figures) {
            width += w + 2;
        }
        while (width - 2 > columns) {
            int widest = 0;
            for (int i = 1; i < names.length; i++) {
                widest = names[i] > names[widest] ? i : widest;
            }
            if (names[widest] <= 6) {
                return; // as narrow as names get: the row wraps
            }
            names[widest]--;
            width--;
        }
    }

    private static String line(List<String> names, List<String> figures, int[] nameWidths, int[] figureWidths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).length() <= nameWidths[i] ? names.get(i)
                    : names.get(i).substring(0, nameWidths[i] - 1) + "…";
            line.append(name).append(" ".repeat(nameWidths[i] - name.length())).append("  ");
        }
        for (int i = 0; i < figures.size(); i++) {
            line.append(" ".repeat(figureWidths[i] - figures.get(i).length())).append(figures.get(i));
            line.append(i < figures.size() - 1 ? "  " : "");
        }
        return line.toString();
    }
}
