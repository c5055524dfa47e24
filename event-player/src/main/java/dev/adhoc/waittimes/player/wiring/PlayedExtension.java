package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.core.waittimes.port.in.RecordOrderEvent;

import java.util.List;
import java.util.Objects;

/**
 * The extension a run feeds, whichever it is: it records each event and says how many events it emitted. Input that
 * never became an order event is the pipeline's to report: no extension keeps a record of it.
 */
@FunctionalInterface
public interface PlayedExtension {
    /**
     * @param event a parsed order event
     * @return what recording it did
     */
    Played record(OrderEvent event);

    /**
     * What recording one event did.
     *
     * @param emitted    how many events the extension emitted for it
     * @param rejections what it rejected
     */
    record Played(int emitted, List<Rejection> rejections) {
        /** Copies the list. */
        public Played {
            rejections = List.copyOf(rejections);
        }

        /** @return whether anything was rejected */
        public boolean isRejected() {
            return !rejections.isEmpty();
        }
    }

    /**
     * @param useCase the wait-times extension's use case
     * @return it, as a run feeds it
     */
    static PlayedExtension of(RecordOrderEvent useCase) {
        Objects.requireNonNull(useCase, "useCase");
        return event -> {
            Outcome outcome = useCase.record(event);
            return new Played(outcome.updates().size(), outcome.rejections());
        };
    }
}
