package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;

/** TEMPORARY seam until the contract parser lands: mirrors its ParseResult. */
public sealed interface Decoded {
    /** @param event the command */
    record Parsed(OrderEvent event) implements Decoded {
    }

    /** @param detailType the detail-type not consumed */
    record Ignored(String detailType) implements Decoded {
    }

    /** @param rejection why */
    record Rejected(Rejection rejection) implements Decoded {
    }
}
