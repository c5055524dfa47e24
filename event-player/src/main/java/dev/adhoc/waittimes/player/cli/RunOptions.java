package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.board.LiveBoard;
import dev.adhoc.waittimes.player.wiring.EventTarget;
import dev.adhoc.waittimes.player.wiring.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.util.OptionalDouble;

/**
 * The options of a command that runs events through the extension, {@code replay} and {@code simulate}: the
 * extension's, the target's and the board's; and the run itself, the same for both.
 */
final class RunOptions {
    @Mixin
    ExtensionOptions extension;

    @Mixin
    TargetOptions target;

    @Mixin
    BoardOptions board;

    /**
     * @param commandLine the command, for usage errors
     * @return the target to start ({@link TargetOptions#resolve})
     */
    ChosenTarget resolve(CommandLine commandLine) {
        return target.resolve(commandLine, extension);
    }

    /** What a command feeds the target, once it is started. */
    interface Feed {
        /**
         * @param started the started target
         * @param run     where the run prints (the board's progress lines when there is one)
         */
        void feed(EventTarget started, Terminal run) throws IOException;
    }

    /**
     * Opens the board if asked for, starts the target, feeds it and prints the summary ({@link PlayerCommand#run}).
     *
     * @param commandLine the command, for usage errors
     * @param terminal    the streams
     * @param chosen      the target
     * @param source      what feeds the board: replay or simulate
     * @param speed       times real time, or empty
     * @param paced       whether the events come at their own pace rather than as fast as they can be read
     * @param feed        the events
     * @return the exit status
     * @throws ParameterException if the board does not apply or cannot be opened
     */
    int run(CommandLine commandLine, Terminal terminal, ChosenTarget chosen, String source, OptionalDouble speed,
            boolean paced, Feed feed) throws IOException {
        board.requireLocal(commandLine, chosen);
        LiveBoard live = board.open(commandLine, terminal, source, speed);
        Terminal run = BoardOptions.terminal(terminal, live);
        try (live; EventTarget started = chosen.start(run, paced, BoardOptions.state(live))) {
            int status = PlayerCommand.run(started, run, () -> feed.feed(started, run));
            return board.afterRun(live, status);
        }
    }
}
