package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;
import dev.adhoc.waittimes.player.view.FiguresTable;
import dev.adhoc.waittimes.player.view.WaitTimeTable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The extensions built on the engine alone, composed for a run: their engine, output mapping and table. */
final class EngineExtensions {
    private EngineExtensions() {
    }

    /** @return the table that shows the extension's figures */
    static FiguresTable table(ExtensionConfig.Extension extension) {
        return switch (extension) {
            case ALERTS -> new FiguresTable(List.of("TENANT", "DRINK"), List.of("P90", "SAMPLES", "STATE"), "ALERTS",
                    "(no p90 yet: no completed order was counted)");
            case THROUGHPUT -> new FiguresTable(List.of("TENANT"), List.of("LAST 15 MIN", "AS OF"), "UPDATES",
                    "(no throughput yet: no completed order was counted)");
            case WAIT_TIMES -> throw new IllegalArgumentException("wait times have their own table");
        };
    }

    /**
     * @param config the run's configuration (extension alerts or throughput)
     * @param store  its store
     * @param table  the table from {@link #table}
     * @param output where the entries of each event go
     * @return the extension, ready for events
     */
    static PlayedExtension start(ExtensionConfig config, StateStore store, FiguresTable table,
                                 Consumer<List<PutEventsEntry>> output) {
        return switch (config.extension()) {
            case ALERTS -> {
                WaitTimeAlertEntries entries = new WaitTimeAlertEntries(config.bus(), config.alertThreshold());
                yield new EngineExtension<>(new Engine<>(WaitTimeAlerts.configuration(), store.orders(),
                        store.samples(), store.clock()), (Update<Duration> u) -> {
                    Optional<PutEventsEntry> entry = entries.entry(u);
                    table.put(List.of(u.key().tenant().value(), u.key().scope()),
                            List.of(WaitTimeTable.seconds(u.after()), u.window().size() + "/" + WaitTimeAlerts.WINDOW,
                                    entries.isAbove(u.after()) ? "RAISED" : "clear"), entry.isPresent());
                    return entry;
                }, output);
            }
            case THROUGHPUT -> {
                ThroughputEntries entries = new ThroughputEntries(config.bus());
                yield new EngineExtension<>(new Engine<>(Throughput.configuration(), store.orders(), store.samples(),
                        store.clock()), (Update<Integer> u) -> {
                    table.put(List.of(u.key().tenant().value()), List.of(Integer.toString(u.after()),
                            u.asOf().map(Instant::toString).orElse("-")), true);
                    return Optional.of(entries.entry(u));
                }, output);
            }
            case WAIT_TIMES -> throw new IllegalArgumentException("wait times run on their own use case");
        };
    }
}
