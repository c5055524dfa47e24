package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.catalog.Validation;
import dev.adhoc.waittimes.player.io.EventInputs;
import dev.adhoc.waittimes.player.io.EventSource;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code validate <FILE|->}: checks every event of a file against the events catalog's JSON Schemas. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks every event of FILE (or stdin for -) against the events catalog (docs/events.md): the JSON "
                    + "Schemas of the events the extension consumes and emits. Prints each invalid event with the "
                    + "schema errors; events the catalog does not know are counted, not errors.",
            "FILE is a JSON array of EventBridge events or JSON lines, as for replay.",
            "Exit status: 0 when every event is valid, 1 when any is invalid (or the input cannot be read), "
                    + "2 for bad usage."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the events: a file, or - for stdin")
    String input;

    private final Terminal terminal;

    ValidateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        InputStream in;
        if ("-".equals(input)) {
            in = terminal.in();
        } else {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no such file: " + input);
            }
            try {
                in = Files.newInputStream(file);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read " + input + ": " + e.getMessage());
            }
        }
        EventCatalog catalog = EventCatalog.load();
        int valid = 0;
        int invalid = 0;
        int unknown = 0;
        // the catalog itself judges size, so read events a little beyond the bus's limit
        try (EventSource source = EventInputs.open(in, EventInputs.DEFAULT_MAX_EVENT_BYTES + 1)) {
            InputItem item;
            while ((item = source.next()) != null) {
                if (item instanceof InputItem.Unreadable bad) {
                    invalid++;
                    terminal.out().println("invalid " + bad.position() + ": NOT_JSON: " + bad.message());
                    continue;
                }
                InputItem.Event event = (InputItem.Event) item;
                Validation v = catalog.validate(new String(event.json(), StandardCharsets.UTF_8));
                if (!v.isValid()) {
                    invalid++;
                    terminal.out().println("invalid " + event.position() + ": " + PlayerCommand.oneLine(v.describe()));
                } else if (v.isValidAndKnown()) {
                    valid++;
                } else {
                    unknown++;
                }
            }
        } catch (IOException e) {
            return PlayerCommand.failed(terminal, "cannot read " + input + ": " + e.getMessage());
        }
        terminal.out().flush();
        terminal.err().printf("validated %d events: %d valid, %d invalid, %d not in the catalog%n",
                valid + invalid + unknown, valid, invalid, unknown);
        terminal.err().flush();
        return invalid == 0 ? ExitCode.OK : ExitCode.FAILED;
    }
}
