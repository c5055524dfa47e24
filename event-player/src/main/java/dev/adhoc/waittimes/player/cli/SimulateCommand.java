package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.player.io.EventJson;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.simulation.CoffeeBarSimulator;
import dev.adhoc.waittimes.player.simulation.Delivery;
import dev.adhoc.waittimes.player.simulation.Pacer;
import dev.adhoc.waittimes.player.simulation.SimulationSettings;
import dev.adhoc.waittimes.player.view.RunStats;
import dev.adhoc.waittimes.player.view.Summary;
import dev.adhoc.waittimes.player.wiring.BusEventSink;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.ExtensionFailedException;
import dev.adhoc.waittimes.player.wiring.RunInterruptedException;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code simulate [...]}: generates Serverlesspresso traffic and runs it through the extension, or puts it on a bus. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generates realistic Serverlesspresso traffic - every order's lifecycle on the bus, a drink mix, service "
                    + "times that differ by drink, cancellations, customer and barista time-outs, unrelated bus "
                    + "events, and optionally duplicate and out-of-order deliveries - and runs it through the "
                    + "extension, exactly as 'replay' would run the file that --write-events writes.",
            "The same options and seed always give the same events. The bars are open 10 hours a day; simulated "
                    + "time starts at 2026-11-27T08:00:00Z, or as many days earlier as the orders need, so that the "
                    + "last day is 2026-11-27 or a few days before (in the past: events ahead of the wall clock are "
                    + "rejected).",
            "With --publish eventbridge, the simulated ORDER events are put on the bus (--bus) instead of running the "
                    + "extension here, so that a deployed extension can be exercised; simulated time then ends about "
                    + "now, and no event is dated ahead of the wall clock when it is put.",
            "With --target stepfunctions, each simulated event runs in the deployed workflow instead, and the updates "
                    + "it emitted are printed.",
            "Exit status: 0 when the stream was processed, 2 for bad usage, 1 when the store, the bus or the workflow "
                    + "fails for good."})
final class SimulateCommand implements Callable<Integer> {
    static final int MAX_ORDERS = 100_000_000;
    static final int MAX_TENANTS = 100;
    static final int MAX_REORDER_SECONDS = 3600;

    @Spec
    CommandSpec spec;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "1000",
            description = "orders to simulate, each a full lifecycle (0-100000000, default ${DEFAULT-VALUE})")
    int orders;

    @Option(names = "--tenants", paramLabel = "NYC,LDN", split = ",", defaultValue = "NYC,LDN",
            description = "the coffee bars, by tenant name (detail.eventId), at most 100 (default ${DEFAULT-VALUE})")
    List<String> tenants;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "random seed: the same seed gives the same events (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--speed", paramLabel = "X|max", defaultValue = "max", converter = Converters.Speed.class,
            description = "pace: X times real time (1 = real time, 60 = an hour a minute; 0.01-1000000), or max: as "
                    + "fast as possible (default ${DEFAULT-VALUE})")
    OptionalDouble speed;

    @Option(names = "--duplicates", paramLabel = "P", defaultValue = "0",
            description = "percentage of events delivered twice, as EventBridge may (0-100, default ${DEFAULT-VALUE})")
    double duplicates;

    @Option(names = "--reorder", paramLabel = "SECONDS", defaultValue = "0",
            description = "delay each delivery by up to this many seconds, so events arrive out of order (0-3600, "
                    + "default ${DEFAULT-VALUE})")
    int reorder;

    @Option(names = "--cancel", paramLabel = "P", defaultValue = "5",
            description = "percentage of submitted orders the barista cancels (0-100, default ${DEFAULT-VALUE})")
    double cancel;

    @Option(names = "--write-events", paramLabel = "FILE",
            description = "also write the generated events to FILE, as JSON lines in delivery order, for 'replay'")
    String writeEvents;

    @Mixin
    RunOptions options;

    private final Terminal terminal;

    SimulateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        ChosenTarget chosen = options.resolve(spec.commandLine());
        boolean toBus = chosen.extension().filter(c -> c.publish() == ExtensionConfig.Publish.EVENTBRIDGE).isPresent();
        if (toBus) {
            ExtensionOptions.requireAbsent(spec.commandLine(), "a run of the extension here, which "
                    + "simulate --publish eventbridge does not do", "--store", "--dynamodb-endpoint", "--table",
                    "--create-table", "--window", "--max-wait", "--completion", "--board", "--exit-when-done", "--extension",
                    "--alert-threshold");
        }
        SimulationSettings settings = settings(toBus ? busStart(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                : CoffeeBarSimulator.startEndingOnTheFixedDay(orders, tenants.size()));
        try (OutputStream events = eventsOutput()) {
            return toBus ? toBus(chosen.extension().orElseThrow(), settings, events)
                    : throughExtension(chosen, settings, events);
        } catch (ExtensionFailedException e) {
            return PlayerCommand.failed(terminal, e.getMessage());
        }
    }

    /**
     * Where a simulation put on a real bus starts: early enough that no event is dated ahead of the wall clock when it
     * is put (a deployed extension rejects those), yet ending about now. At X times real time, simulated time gains
     * (X - 1) seconds a second, so it starts that much of its span in the past; unpaced, the whole span; at real time
     * or slower, now.
     */
    private Instant busStart(Instant now) {
        double factor = speed.isPresent() ? speed.getAsDouble() : Double.POSITIVE_INFINITY;
        if (factor <= 1) {
            return now;
        }
        long span = CoffeeBarSimulator.expectedSpan(Math.max(0, orders), tenants.size(), Math.max(0, reorder)).getSeconds();
        return now.minusSeconds((long) Math.ceil(span * (1 - 1 / factor)));
    }

    private int throughExtension(ChosenTarget chosen, SimulationSettings settings, OutputStream events)
            throws IOException {
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings);
        Pacer pacer = Pacer.of(speed);
        EventJson json = new EventJson();
        return options.run(spec.commandLine(), terminal, chosen, "simulate", speed, !pacer.unpaced(),
                (extension, run) -> {
                    long n = 0;
                    while (simulator.hasNext()) {
                        Delivery delivery = simulator.next();
                        await(pacer, delivery);
                        byte[] event = json.toJson(delivery.event());
                        events.write(event);
                        events.write('\n');
                        String position = "event " + ++n;
                        extension.accept(new InputItem.Event(position, event));
                        run.checkpoint(position);
                        extension.tick(simulator.ordersGenerated(), OptionalLong.of(settings.orders()), "orders");
                    }
                    events.flush();
                });
    }

    private int toBus(ExtensionConfig config, SimulationSettings settings, OutputStream events) throws IOException {
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings);
        Pacer pacer = Pacer.of(speed);
        EventJson json = new EventJson();
        RunStats stats = new RunStats();
        try (BusEventSink bus = BusEventSink.open(config)) {
            long n = 0;
            while (simulator.hasNext()) {
                Delivery delivery = simulator.next();
                await(pacer, delivery);
                events.write(json.toJson(delivery.event()));
                events.write('\n');
                bus.put(delivery.event(), json.detailJson(delivery.event()), "event " + ++n);
                stats.read();
                if (!pacer.unpaced()) {
                    bus.flush(); // a paced run puts each event when it happens
                }
            }
            bus.flush();
            events.flush();
            stats.stop();
            Summary.printBus(config.bus(), simulator.ordersGenerated(), bus.sent(), stats,
                    config.format() == ExtensionConfig.Format.TABLE ? terminal.out() : terminal.err());
            return ExitCode.OK;
        }
    }

    private static void await(Pacer pacer, Delivery delivery) throws IOException {
        try {
            pacer.awaitUntil(delivery.deliveredAt());
        } catch (InterruptedException e) {
            throw new RunInterruptedException("the wait for the next paced event");
        }
    }

    private SimulationSettings settings(Instant start) {
        ExtensionOptions.requireBetween(spec.commandLine(), "--orders", orders, 0, MAX_ORDERS, "");
        if (tenants.size() > MAX_TENANTS) {
            throw new ParameterException(spec.commandLine(), "--tenants names at most " + MAX_TENANTS + " bars, was "
                    + tenants.size());
        }
        for (String tenant : tenants) {
            try {
                new TenantId(tenant);
            } catch (InvalidValueException e) {
                throw new ParameterException(spec.commandLine(), "--tenants: '" + tenant + "': " + e.getMessage());
            }
        }
        if (tenants.stream().distinct().count() != tenants.size()) {
            throw new ParameterException(spec.commandLine(), "--tenants names a tenant twice");
        }
        requirePercent("--duplicates", duplicates);
        requirePercent("--cancel", cancel);
        // the reorder buffer holds every event of that many seconds: the bound keeps memory bounded
        ExtensionOptions.requireBetween(spec.commandLine(), "--reorder", reorder, 0, MAX_REORDER_SECONDS, " seconds");
        return new SimulationSettings(orders, tenants, seed, duplicates, reorder, cancel, start);
    }

    private void requirePercent(String option, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be a percentage between 0 and 100, was %s", option, value));
        }
    }

    private OutputStream eventsOutput() {
        if (writeEvents == null) {
            return OutputStream.nullOutputStream();
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(Path.of(writeEvents)), 64 * 1024);
        } catch (InvalidPathException | IOException e) {
            throw new ParameterException(spec.commandLine(), "--write-events: cannot write " + writeEvents + ": "
                    + (e instanceof IOException io ? InputFile.reason(io, writeEvents) : "not a file name"));
        }
    }
}
