package dev.adhoc.waittimes.player.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;
import dev.adhoc.waittimes.player.board.BoardState;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.io.JsonlEntries;
import dev.adhoc.waittimes.player.view.FiguresTable;
import dev.adhoc.waittimes.player.view.Progress;
import dev.adhoc.waittimes.player.view.RejectionLog;
import dev.adhoc.waittimes.player.view.RunStats;
import dev.adhoc.waittimes.player.view.Summary;
import dev.adhoc.waittimes.player.view.WaitTimeTable;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The extension composed for one run, as the Lambda composes it: the contract's parser, the chosen extension (wait
 * times, alerts or throughput) on the chosen store under its own key prefix, and its outputs (the bus if chosen, the
 * table, then stdout in the chosen format). Feed it input items, tick it for
 * progress, and finish it for the summary.
 */
public final class RunningExtension implements EventTarget {
    private final ExtensionConfig config;
    private final Terminal terminal;
    private final RunStats stats = new RunStats();
    private final EventTimeClock eventClock = new EventTimeClock();
    private final WaitTimeTable table = new WaitTimeTable();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Progress progress;
    private final ReplayPipeline pipeline;
    private final Optional<BoardState> board;
    private InMemoryOrderRecords memoryRecords;
    private Supplier<Optional<String>> storeCost = Optional::empty;

    private RunningExtension(ExtensionConfig config, Terminal terminal, boolean paced, Optional<BoardState> board) {
        this.config = config;
        this.terminal = terminal;
        this.board = board;
        boolean waitTimes = config.extension() == ExtensionConfig.Extension.WAIT_TIMES;
        FiguresTable figures = waitTimes ? null : EngineExtensions.table(config.extension());
        this.progress = new Progress(waitTimes ? table : figures, stats, terminal.out(), terminal.err(),
                terminal.interactive(), System::nanoTime, eventClock::instant);
        progress.fitTo(terminal.columns());
        ObjectMapper json = ContractJson.newMapper();
        StateStore store = store();
        this.storeCost = store.cost();
        PlayedExtension extension = waitTimes ? waitTimes(json, store, paced)
                : EngineExtensions.start(config, store, figures, config.format() == ExtensionConfig.Format.JSONL
                        ? new JsonlEntries(terminal.out(), paced) : entries -> { });
        // The processing clock of the skew rule is the wall clock, as in the Lambda: never the events' own time.
        ClockSkewRule skew = new ClockSkewRule(Clock.systemUTC(), config.maxClockSkew());
        this.pipeline = new ReplayPipeline(new OrderEventParser(json, config.settings().completionMode()), skew,
                extension, eventClock, stats, new RejectionLog(terminal.err()));
    }

    /** The wait-times extension's use case, publishing to the bus if chosen, the table, the board and stdout. */
    private PlayedExtension waitTimes(ObjectMapper json, StateStore store, boolean paced) {
        WaitTimeEntries entries = new WaitTimeEntries(json, config.bus());
        List<WaitTimePublisher> publishers = new ArrayList<>();
        if (config.publish() == ExtensionConfig.Publish.EVENTBRIDGE) {
            WaitTimePublisher bus;
            try {
                bus = AwsParts.eventBridgePublisher(config, entries, resources);
            } catch (RuntimeException e) {
                closeQuietly();
                throw new ExtensionFailedException("the bus", "start", e);
            }
            publishers.add(updates -> {
                try {
                    bus.publish(updates);
                } catch (RuntimeException e) {
                    throw new BusFailedException(e);
                }
            });
        }
        publishers.add(table);
        board.ifPresent(publishers::add);
        if (config.format() == ExtensionConfig.Format.JSONL) {
            JsonlEntries jsonl = new JsonlEntries(terminal.out(), paced);
            publishers.add(updates -> jsonl.accept(updates.stream().map(entries::entry).toList()));
        }
        return PlayedExtension.of(WaitTimesService.builder()
                .settings(config.settings())
                .orderRecords(store.orders())
                .samples(store.samples())
                .publisher(updates -> publishers.forEach(p -> p.publish(updates)))
                .clock(store.clock())
                .build());
    }

    /**
     * @param config   how to run the extension
     * @param terminal the streams
     * @param paced    whether events come at a real-time pace (output is then flushed as it happens)
     * @return the extension, ready for input
     * @throws ExtensionFailedException if the store cannot be reached or set up
     */
    public static RunningExtension start(ExtensionConfig config, Terminal terminal, boolean paced) {
        return new RunningExtension(config, terminal, paced, Optional.empty());
    }

    /**
     * @param config   how to run the extension
     * @param terminal the streams
     * @param paced    whether events come at a real-time pace
     * @param board    a live board to feed with every update and the event clock, if any
     * @return the extension, ready for input
     * @throws ExtensionFailedException if the store cannot be reached or set up
     */
    public static RunningExtension start(ExtensionConfig config, Terminal terminal, boolean paced,
                                         Optional<BoardState> board) {
        return new RunningExtension(config, terminal, paced, board);
    }

    private StateStore store() {
        if (config.store() == ExtensionConfig.Store.DYNAMODB) {
            try {
                return AwsParts.dynamoDbStore(config, resources);
            } catch (RuntimeException e) {
                closeQuietly();
                throw new ExtensionFailedException("the store", "start", e);
            }
        }
        // Records expire on event time, so a long replay holds about a day of open orders, not all of them.
        memoryRecords = new InMemoryOrderRecords(eventClock);
        return new StateStore(memoryRecords, new InMemorySampleIndex(eventClock), eventClock, Optional::empty);
    }

    /**
     * @param item one input item
     * @throws ExtensionFailedException if the store or the bus failed for good
     */
    @Override
    public void accept(InputItem item) {
        pipeline.accept(item);
        if (board.isPresent() && eventClock.instant().isAfter(Instant.EPOCH)) { // EPOCH: no event time yet
            board.get().clock(eventClock.instant());
        }
    }

    /** Shows progress if it is due (format table). */
    @Override
    public void tick(long done, OptionalLong total, String unit) {
        if (config.format() == ExtensionConfig.Format.TABLE) {
            progress.tick(done, total, unit);
        }
    }

    /** Prints the final view and the summary: on stdout for a table, on stderr for jsonl. */
    @Override
    public void finish() {
        stats.stop();
        terminal.out().flush();
        PrintStream summary = config.format() == ExtensionConfig.Format.TABLE ? terminal.out() : terminal.err();
        if (config.format() == ExtensionConfig.Format.TABLE) {
            progress.finish();
            summary.println();
        }
        Summary.print(stats, summary);
        storeCost.get().ifPresent(summary::println);
        summary.flush();
    }

    /** @return the run's figures */
    public RunStats stats() {
        return stats;
    }

    /** @return the latest update of every key seen in this run (wait times; empty for another extension) */
    public List<WaitTimeUpdate> latestUpdates() {
        return table.latest();
    }

    /** @return how many order records the in-memory store holds (-1 for another store) */
    int orderRecordsHeld() {
        return memoryRecords == null ? -1 : memoryRecords.size();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // closing a client at exit: nothing left to do about a failure
            }
        }
        resources.clear();
    }
}
