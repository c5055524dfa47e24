package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.board.BoardState;
import dev.adhoc.waittimes.player.wiring.EventTarget;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.RunningExtension;
import dev.adhoc.waittimes.player.wiring.StepFunctionsConfig;
import dev.adhoc.waittimes.player.wiring.StepFunctionsTarget;
import dev.adhoc.waittimes.player.wiring.Terminal;

import java.util.Optional;

/**
 * The target the options chose: exactly one of the two configurations is present.
 *
 * @param extension the extension in this process ({@code --target local})
 * @param workflow  the deployed workflow ({@code --target stepfunctions})
 */
record ChosenTarget(Optional<ExtensionConfig> extension, Optional<StepFunctionsConfig> workflow) {
    static ChosenTarget local(ExtensionConfig config) {
        return new ChosenTarget(Optional.of(config), Optional.empty());
    }

    static ChosenTarget workflow(StepFunctionsConfig config) {
        return new ChosenTarget(Optional.empty(), Optional.of(config));
    }

    /**
     * @param terminal the streams
     * @param paced    whether events come at a real-time pace (output is then flushed as it happens)
     * @return the target, ready for input
     * @throws dev.adhoc.waittimes.player.wiring.ExtensionFailedException if it cannot be started
     */
    EventTarget start(Terminal terminal, boolean paced) {
        return start(terminal, paced, Optional.empty());
    }

    /**
     * @param terminal the streams
     * @param paced    whether events come at a real-time pace
     * @param board    the live board the updates also go to (local target only)
     * @return the target, ready for input
     */
    EventTarget start(Terminal terminal, boolean paced, Optional<BoardState> board) {
        return extension.<EventTarget>map(config -> RunningExtension.start(config, terminal, paced, board))
                .orElseGet(() -> StepFunctionsTarget.start(workflow.orElseThrow(), terminal, paced));
    }
}
