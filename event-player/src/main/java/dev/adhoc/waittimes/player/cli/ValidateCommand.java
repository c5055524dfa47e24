package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.catalog.Validation;
import dev.adhoc.waittimes.aws.catalog.Violation;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.player.io.EventInputs;
import dev.adhoc.waittimes.player.io.EventSource;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code validate <FILE|->}: checks every event of a file against the events catalog's JSON Schemas. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks every event of FILE (or stdin for -) against the events catalog (docs/events.md): the JSON "
                    + "Schemas of the events the extension consumes and emits. Prints each invalid event with the "
                    + "schema errors; events the catalog does not know are counted, not errors.",
            "FILE is a JSON array of EventBridge events or JSON lines, read exactly as replay reads it: an event "
                    + "that replay would reject as NOT_JSON or OVERSIZED is invalid for the same reason.",
            "With --emitted, FILE is the player's own --format jsonl output: PutEvents entries (source, "
                    + "detail-type, detail), which have no envelope id or time.",
            "Exit status: 0 when every event is valid, 1 when any is invalid (or the input cannot be read), "
                    + "2 for bad usage."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputArgument input;

    @Option(names = "--emitted", description = "FILE holds PutEvents entries, as replay --format jsonl prints them")
    boolean emitted;

    private final Terminal terminal;
    private final ObjectMapper json = ContractJson.newMapper();
    private final OrderEventParser parser = new OrderEventParser(json, CompletionMode.COMPLETED);

    ValidateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        InputFile opened = input.open(spec.commandLine(), terminal.in());
        EventCatalog catalog = EventCatalog.load();
        int valid = 0;
        int invalid = 0;
        int unknown = 0;
        try (EventSource source = EventInputs.open(opened.in(), EventInputs.DEFAULT_MAX_EVENT_BYTES)) {
            InputItem item;
            while ((item = source.next()) != null) {
                String problem = problem(catalog, item);
                if (problem == null) {
                    valid++;
                } else if (problem.isEmpty()) {
                    unknown++;
                } else {
                    invalid++;
                    terminal.out().println("invalid " + item.position() + ": " + PlayerCommand.oneLine(problem));
                }
                if (terminal.outFailed()) {
                    return PlayerCommand.failed(terminal, terminal.outFailure());
                }
            }
        } catch (IOException e) {
            return PlayerCommand.failed(terminal, input.cannotRead(e));
        }
        terminal.out().flush();
        if (terminal.outFailed()) {
            return PlayerCommand.failed(terminal, terminal.outFailure());
        }
        terminal.err().printf("validated %d %s: %d valid, %d invalid, %d not in the catalog%n",
                valid + invalid + unknown, emitted ? "entries" : "events", valid, invalid, unknown);
        terminal.err().flush();
        return invalid == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    /** @return null if valid, "" if not in the catalog, else what is wrong */
    private String problem(EventCatalog catalog, InputItem item) {
        if (item instanceof InputItem.Unreadable bad) {
            return "NOT_JSON: " + bad.message();
        }
        byte[] event = ((InputItem.Event) item).json();
        // The contract's own reading first: what replay rejects as not JSON or oversized is invalid for that reason.
        if (parser.parse(event, item.position()) instanceof ParseResult.Rejected rejected
                && (rejected.rejection().reason() == RejectionReason.NOT_JSON
                || rejected.rejection().reason() == RejectionReason.OVERSIZED)
                && !(emitted && rejected.rejection().message().contains("missing"))) {
            return rejected.rejection().reason() + ": " + rejected.rejection().message();
        }
        Validation v = emitted ? emittedEntry(catalog, event) : catalog.validate(event);
        return switch (v.outcome()) {
            case VALID -> null;
            case NOT_IN_CATALOG -> "";
            case INVALID -> describe(v);
        };
    }

    private Validation emittedEntry(EventCatalog catalog, byte[] line) {
        JsonNode entry;
        try {
            entry = json.readTree(line);
        } catch (IOException e) {
            return catalog.validate(line); // not reached after the parser's check; the catalog words it
        }
        JsonNode source = entry.path("source");
        JsonNode detailType = entry.path("detail-type");
        JsonNode detail = entry.path("detail");
        if (!source.isTextual() || !detailType.isTextual() || !detail.isObject()) {
            return catalog.validate(line); // not an entry: judged as an event, whose envelope says what is missing
        }
        return catalog.validateDetail(source.textValue(), detailType.textValue(), detail.toString());
    }

    private static String describe(Validation v) {
        String violations = v.violations().stream().map(ValidateCommand::describe).collect(Collectors.joining("; "));
        return v.schema().map(s -> s.label() + ": ").orElse("") + violations;
    }

    private static String describe(Violation v) {
        return (v.path().isEmpty() ? "the event" : v.path()) + ": " + v.message() + " [" + v.reason() + "]";
    }
}
