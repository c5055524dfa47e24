package dev.adhoc.waittimes.core.port.out;

import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;

import java.util.function.UnaryOperator;

/** Out-port: storage of one window per (tenant, drink). */
public interface WaitTimeWindows {
    /**
     * Applies a change to a key's window atomically with respect to other updates of the same key (a lock, or
     * optimistic concurrency with retries). The change is pure and may be applied more than once.
     *
     * @param key    the tenant and drink
     * @param change computes the new window from the stored one (an empty window if none is stored)
     * @return the window before and after
     */
    WindowChange update(WindowKey key, UnaryOperator<Window> change);

    /** @return the stored window of a key, empty if there is none */
    Window current(WindowKey key);
}
