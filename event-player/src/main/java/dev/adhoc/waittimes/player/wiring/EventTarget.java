package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.player.io.InputItem;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a run sends its events: the extension composed in this process ({@link RunningExtension}), or the deployed
 * workflow ({@link StepFunctionsTarget}). Feed it input items in order, tick it for progress, and finish it for the
 * final view and the summary.
 */
public interface EventTarget extends AutoCloseable {
    /**
     * @param item one input item
     * @throws ExtensionFailedException if the target failed for good; the run stops
     */
    void accept(InputItem item);

    /** Shows progress if it is due (format table). */
    void tick(long done, OptionalLong total, String unit);

    /** Prints the final view and the summary: on stdout for a table, on stderr for jsonl. */
    void finish();

    /**
     * @return after {@link #finish()}, why the run must end with status 1 although it went to the end (events the
     *         target failed to process), or empty
     */
    default Optional<String> failure() {
        return Optional.empty();
    }

    @Override
    void close();
}
