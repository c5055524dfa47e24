package dev.adhoc.waittimes.core.waittimes.port.out;

import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;

import java.util.List;

/** Out-port: emits wait-time updates (onto the bus, a screen, a test's list). */
public interface WaitTimePublisher {
    /**
     * Publishes updates, in order. Called after the state they describe is stored; throws if they cannot be
     * published (the caller's retry then recomputes them from the stored state).
     *
     * @param updates the updates, possibly empty
     */
    void publish(List<WaitTimeUpdate> updates);

    /** @return a publisher that drops every update, for callers that take the updates from the outcome */
    static WaitTimePublisher none() {
        return updates -> { };
    }
}
