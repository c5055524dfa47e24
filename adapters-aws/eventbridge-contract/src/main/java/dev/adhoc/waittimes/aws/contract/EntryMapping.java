package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.engine.Update;

import java.util.Optional;

/**
 * An extension's output mapping: the {@code PutEvents} entry, if any, that announces one of its engine's updates on
 * the bus. Wait times and throughput announce every update; wait-time alerts only the updates that cross their
 * threshold. A composition root (the Lambda's handlers, the event player) pairs it with the extension's engine
 * configuration.
 *
 * @param <F> the extension's figures
 */
@FunctionalInterface
public interface EntryMapping<F> {
    /**
     * @param update an update of the extension's engine
     * @return the entry that announces it, or empty if this update announces nothing
     */
    Optional<PutEventsEntry> entry(Update<F> update);
}
