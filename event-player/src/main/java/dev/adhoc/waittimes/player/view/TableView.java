package dev.adhoc.waittimes.player.view;

import java.util.List;

/** The table a person watches: one row per window, with the running extension's latest figures. */
public interface TableView {
    /**
     * @param columns the terminal's width, or 0 if unknown: names are cut (ending in "…") so that rows fit it
     * @return the table as lines of text, header first
     */
    List<String> lines(int columns);
}
