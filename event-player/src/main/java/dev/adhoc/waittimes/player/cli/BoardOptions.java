package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.board.BoardState;
import dev.adhoc.waittimes.player.board.LiveBoard;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Stack;

/** {@code --board [PORT]} and {@code --exit-when-done}: the live wait-time board of a run. */
final class BoardOptions {
    /** The port of {@code --board} without a value. */
    static final int DEFAULT_PORT = 8080;

    @Option(names = "--board", arity = "0..1", paramLabel = "PORT", preprocessor = OptionalPort.class,
            description = "serve a live wait-time board at http://127.0.0.1:PORT/ (default port " + DEFAULT_PORT
                    + "; 0 = any free port; the address is printed on stderr). It stays open after the input is "
                    + "done, until Ctrl-C. With a table, the terminal then shows progress lines instead of "
                    + "redrawing the table.")
    Integer port;

    @Option(names = "--exit-when-done",
            description = "with --board: close the board and exit when the input is done, instead of waiting for Ctrl-C")
    boolean exitWhenDone;

    /**
     * Starts the board if asked for.
     *
     * @param commandLine the command, for usage errors
     * @param terminal    where to print its address
     * @param source      what feeds it: simulate or replay
     * @param speed       times real time, or empty
     * @return the board, or null without {@code --board}
     * @throws ParameterException on a bad port, or one that cannot be bound
     */
    /** The board shows the extension running here: refuse it with a deployed workflow as the target. */
    void requireLocal(CommandLine commandLine, ChosenTarget target) {
        if (port != null && target.workflow().isPresent()) {
            throw new ParameterException(commandLine, "--board shows the extension running here; it does not apply to"
                    + " --target stepfunctions");
        }
        if (port != null && target.extension().filter(c -> c.extension() != ExtensionConfig.Extension.WAIT_TIMES)
                .isPresent()) {
            throw new ParameterException(commandLine, "--board shows wait times; it applies only with --extension "
                    + "wait-times");
        }
    }

    LiveBoard open(CommandLine commandLine, Terminal terminal, String source, OptionalDouble speed) {
        if (port == null) {
            ExtensionOptions.requireAbsent(commandLine, "--board", "--exit-when-done");
            return null;
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(commandLine, "--board: not a port: " + port);
        }
        try {
            return LiveBoard.start(port, new BoardState(source, speed), terminal.err());
        } catch (IOException e) {
            throw new ParameterException(commandLine, "--board: cannot serve on 127.0.0.1:" + port + ": "
                    + e.getMessage() + " (choose another port, or --board 0 for any free one)");
        }
    }

    /** @return the board's state to feed, if there is a board */
    static Optional<BoardState> state(LiveBoard board) {
        return board == null ? Optional.empty() : Optional.of(board.state());
    }

    /** @return the terminal for the run: with a board, the page is the live view, so the table is not redrawn */
    static Terminal terminal(Terminal terminal, LiveBoard board) {
        return board == null ? terminal : terminal.notInteractive();
    }

    /**
     * After the run: keeps the board open until Ctrl-C if the input was processed (unless {@code --exit-when-done}).
     *
     * @param board  the board, or null
     * @param status the run's exit status
     * @return the exit status
     */
    int afterRun(LiveBoard board, int status) {
        if (board == null) {
            return status;
        }
        board.state().finished();
        if (status == ExitCode.OK && !exitWhenDone) {
            try {
                board.keepOpenUntilStopped();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return status;
    }

    /** Only a number after {@code --board} is its port: {@code replay --board FILE} means the default port. */
    static final class OptionalPort implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
            boolean attached = !" ".equals(info.get("separator")); // --board=PORT
            if (!attached && (args.isEmpty() || !args.peek().matches("\\d+"))) {
                args.push(String.valueOf(DEFAULT_PORT));
            }
            return false; // picocli goes on parsing the value
        }
    }
}
