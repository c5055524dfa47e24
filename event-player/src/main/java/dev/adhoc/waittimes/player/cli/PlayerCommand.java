package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.player.wiring.EventTarget;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Format;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Publish;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Store;
import dev.adhoc.waittimes.player.wiring.ExtensionFailedException;
import dev.adhoc.waittimes.player.wiring.Interruption;
import dev.adhoc.waittimes.player.wiring.OutputFailedException;
import dev.adhoc.waittimes.player.wiring.RunInterruptedException;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The {@code event-player} command: {@code replay}, {@code simulate} or {@code validate}. */
@Command(name = "event-player", mixinStandardHelpOptions = true, versionProvider = PlayerCommand.Version.class,
        description = {
            "Simulates a Serverlesspresso coffee bar, or replays an archive of its bus events, through the wait-times "
                    + "extension (in memory by default, or on DynamoDB), or puts simulated order events on a real bus.",
            "Run 'event-player COMMAND --help' for a command's options."},
        commandListHeading = "%nCommands:%n")
public final class PlayerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** A body of work that reads input. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: replay, simulate or validate");
    }

    /**
     * Parses the command line and runs the command.
     *
     * @param args     the command line
     * @param terminal the streams
     * @return the exit status ({@link ExitCode})
     */
    public static int execute(String[] args, Terminal terminal) {
        return commandLine(terminal).execute(args);
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new PlayerCommand())
                .addSubcommand("replay", new ReplayCommand(terminal))
                .addSubcommand("simulate", new SimulateCommand(terminal))
                .addSubcommand("validate", new ValidateCommand(terminal));
        Converters.lowerCase(commandLine, CompletionMode.class);
        Converters.lowerCase(commandLine, Store.class);
        Converters.lowerCase(commandLine, Publish.class);
        Converters.lowerCase(commandLine, Format.class);
        Converters.lowerCase(commandLine, TargetOptions.Target.class);
        commandLine.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, args) -> {
            // One line, as scripts expect; --help tells the rest.
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && e.getCommandLine().getCommandSpec().parent() == null && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().get(0).startsWith("-")) {
                message = "unknown command '" + unmatched.getUnmatched().get(0) + "': expected "
                        + String.join(", ", e.getCommandLine().getSubcommands().keySet());
            }
            terminal.err().println(command + ": " + oneLine(message) + " (see '" + command + " --help')");
            terminal.err().flush();
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> failed(terminal,
                "unexpected failure: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))));
        return commandLine;
    }

    /**
     * Runs the work through the target, then prints the view and the summary; a failed store, bus, workflow or
     * stdout gives 1, and so does an unexpected failure (out of memory included), after the summary of what was
     * done. Ctrl-C and SIGTERM print the summary and "interrupted".
     */
    static int run(EventTarget extension, Terminal terminal, Work work) throws IOException {
        Runnable interrupted = () -> {
            extension.finish();
            terminal.err().println("event-player: interrupted; the summary counts what was done");
            terminal.err().flush();
        };
        MemoryReserve reserve = new MemoryReserve();
        try (Interruption interruption = Interruption.watch(interrupted)) {
            try {
                work.run();
            } catch (RunInterruptedException e) {
                interruption.summarize(interrupted);
                return ExitCode.INTERRUPTED;
            } catch (ExtensionFailedException | IOException e) {
                if (interruption.requested()) { // a call cut short by the interruption
                    interruption.summarize(interrupted);
                    return ExitCode.INTERRUPTED;
                }
                if (e instanceof IOException io) {
                    throw io;
                }
                extension.finish();
                return failed(terminal, e.getMessage());
            } catch (OutputFailedException e) {
                return failed(terminal, e.getMessage()); // no summary: it would count updates nobody received
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                reserve.release(); // room for the summary and the message
                return unexpected(extension, terminal, e);
            }
            terminal.out().flush();
            if (terminal.outFailed()) { // before the summary, which would count updates nobody received
                return failed(terminal, terminal.outFailure());
            }
            extension.finish();
            terminal.out().flush();
            if (terminal.outFailed()) {
                return failed(terminal, terminal.outFailure());
            }
            Optional<String> failure = extension.failure();
            return failure.isPresent() ? failed(terminal, failure.get()) : ExitCode.OK;
        }
    }

    private static final String OUT_OF_MEMORY = "out of memory (Java heap space): the in-memory store holds the "
            + "orders of the last 24 hours of event time (docs/event-player.md, \"Throughput and memory\"); give the "
            + "JVM more heap (-Xmx) or use --store dynamodb";

    /** Heap set aside at the start of a run and given back when it runs out, so that the summary can still be printed. */
    private static final class MemoryReserve {
        private byte[] reserve = new byte[512 * 1024];

        void release() {
            reserve = null;
        }
    }

    private static int unexpected(EventTarget extension, Terminal terminal, Throwable e) {
        String what = e instanceof OutOfMemoryError
                ? OUT_OF_MEMORY
                : "unexpected failure: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        try {
            extension.finish(); // the summary of what was done so far
        } catch (RuntimeException | Error ignored) {
            // the failure itself is reported below
        }
        return failed(terminal, what);
    }

    /** Reports a failure on one line of stderr. @return {@link ExitCode#FAILED} */
    static int failed(Terminal terminal, String message) {
        terminal.out().flush();
        terminal.err().println("event-player: " + oneLine(message));
        terminal.err().flush();
        return ExitCode.FAILED;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PlayerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"event-player " + (version == null ? "(development build)" : version)};
        }
    }
}
