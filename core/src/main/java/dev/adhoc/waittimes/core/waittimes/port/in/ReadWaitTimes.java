package dev.adhoc.waittimes.core.waittimes.port.in;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.util.Optional;

/** In-port: the current wait time of a key, as the last update for it said or would say. */
public interface ReadWaitTimes {
    /** @return the current figures of a tenant's drink, empty while no order of it was counted */
    Optional<WaitTimeUpdate> current(WindowKey key);
}
