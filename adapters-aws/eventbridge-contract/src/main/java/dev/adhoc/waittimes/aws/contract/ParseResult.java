package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;

import java.util.Objects;

/** What {@link OrderEventParser} made of one bus event: a core command, an event to ignore, or a rejection. */
public sealed interface ParseResult {
    /**
     * A consumed event, mapped to its core command, with the event's {@code detail} as it came, so that an extension
     * can read fields the contract does not bind.
     *
     * <p>The detail is a Jackson tree ({@link JsonNode}), read with the contract's strict settings (no duplicate
     * keys, bounded nesting, the bus's size limit): always a JSON object, with every field of the event's
     * {@code detail}, bound or not, in its JSON type. It is a tree of its own, shared neither with the parser nor
     * with a tree given to {@link OrderEventParser#parse(JsonNode, String)}: the caller may keep or change it.
     *
     * @param event      the command for {@code RecordOrderEvent}
     * @param detailType the event's {@code detail-type}
     * @param detail     the event's {@code detail} object, unchanged
     */
    record Parsed(OrderEvent event, String detailType, JsonNode detail) implements ParseResult {
        /** @throws NullPointerException if a component is null */
        public Parsed {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(detailType, "detailType");
            Objects.requireNonNull(detail, "detail");
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
