package dev.adhoc.waittimes.player.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTableTest {
    private final FiguresTable table = new FiguresTable(List.of("TENANT", "DRINK"), List.of("P90", "STATE"), "ALERTS",
            "(nothing yet)");

    @Test
    void rowsAreSortedByNameWithTheLatestFiguresAndTheEventsEmitted() {
        table.put(List.of("NYC", "Mocha"), List.of("400.0 s", "RAISED"), true);
        table.put(List.of("LDN", "Caffe Latte"), List.of("90.0 s", "clear"), false);
        table.put(List.of("NYC", "Mocha"), List.of("120.0 s", "clear"), true);

        assertThat(table.lines(0)).containsExactly(
                "TENANT  DRINK            P90  STATE  ALERTS",
                "LDN     Caffe Latte   90.0 s  clear       0",
                "NYC     Mocha        120.0 s  clear       2");
    }

    @Test
    void longNamesAreCutToFitTheTerminalDownToSixCharacters() {
        table.put(List.of("NYC", "A drink with a very long name indeed"), List.of("1.0 s", "clear"), false);

        assertThat(table.lines(40)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(table.lines(40).get(1)).isEqualTo("NYC     A drink w…  1.0 s  clear       0");
        assertThat(table.lines(5).get(1)).startsWith("NYC     A dri…  ");
    }

    @Test
    void anEmptyTableSaysSo() {
        assertThat(table.lines(0)).containsExactly("TENANT  DRINK  P90  STATE  ALERTS", "(nothing yet)");
    }
}
