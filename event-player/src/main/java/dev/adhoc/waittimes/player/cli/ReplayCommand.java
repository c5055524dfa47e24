package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.io.EventInputs;
import dev.adhoc.waittimes.player.io.EventSource;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.wiring.ExtensionFailedException;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code replay <FILE|-> [options]}: runs every event of a file through the extension, in file order. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs every event of FILE (or stdin for -) through the extension, in file order: the contract's parser, "
                    + "core, the chosen store and the chosen publisher, exactly as the Lambda runs them.",
            "FILE is a JSON array of EventBridge events (an archive export) or JSON lines (one event per line). "
                    + "A line that is not JSON is rejected and the replay goes on.",
            "With --target stepfunctions, each event runs in the deployed workflow instead, and the updates it "
                    + "emitted are printed.",
            "Exit status: 0 when the input was processed (even with rejected events), 2 for bad usage, "
                    + "1 when the store, the bus or the workflow fails for good."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputArgument input;

    @Mixin
    RunOptions options;

    private final Terminal terminal;

    ReplayCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        ChosenTarget chosen = options.resolve(spec.commandLine());
        InputFile opened = input.open(spec.commandLine(), terminal.in());
        InputStream in = opened.in();
        OptionalLong total = opened.size();
        try {
            return options.run(spec.commandLine(), terminal, chosen, "replay", OptionalDouble.empty(), false,
                    (extension, run) -> {
                        try (EventSource source = EventInputs.open(in, EventInputs.DEFAULT_MAX_EVENT_BYTES)) {
                            InputItem item;
                            while ((item = source.next()) != null) {
                                extension.accept(item);
                                run.checkpoint(item.position());
                                extension.tick(source.bytesRead(), total, "bytes");
                            }
                        }
                    });
        } catch (ParameterException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // a usage error is being reported; the input was not read
            }
            throw e;
        } catch (ExtensionFailedException e) {
            return PlayerCommand.failed(terminal, e.getMessage());
        } catch (IOException e) {
            return PlayerCommand.failed(terminal, input.cannotRead(e));
        }
    }
}
