package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;

import java.util.Objects;

/** What {@link OrderEventParser} made of one bus event: a core command, an event to ignore, or a rejection. */
public sealed interface ParseResult {
    /**
     * A consumed event, mapped to its core command.
     *
     * @param event the command for {@code RecordOrderEvent}
     */
    record Parsed(OrderEvent event) implements ParseResult {
        /** @throws NullPointerException if the event is null */
        public Parsed {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * An event the extension does not consume (another source or detail-type): not an error.
     *
     * @param detailType its detail-type
     */
    record Ignored(String detailType) implements ParseResult {
        /** @throws NullPointerException if the detail-type is null */
        public Ignored {
            Objects.requireNonNull(detailType, "detailType");
        }
    }

    /**
     * An input that cannot be used, with its typed reason.
     *
     * @param rejection what was wrong, and which input
     */
    record Rejected(Rejection rejection) implements ParseResult {
        /** @throws NullPointerException if the rejection is null */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
