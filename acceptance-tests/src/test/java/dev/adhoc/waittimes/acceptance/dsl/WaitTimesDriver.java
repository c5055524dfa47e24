package dev.adhoc.waittimes.acceptance.dsl;

import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;

import java.util.List;

/**
 * A protocol driver: delivers bus events to one deployment of the extension (in memory, AWS adapters over a local
 * DynamoDB, a deployed stack) and observes what it emits and rejects. Scenarios never see which one runs.
 */
public interface WaitTimesDriver extends AutoCloseable {
    /** Starts a fresh extension (empty state) with these settings. */
    void start(WaitTimeSettings settings);

    /** Delivers one event, as the bus would (the driver speaks its own protocol: commands, JSON, a workflow). */
    void deliver(BusEvent event);

    /** @return every update emitted since start, in order */
    List<ObservedWaitTime> updates();

    /** @return every rejection reported since start, in order */
    List<ObservedRejection> rejections();

    /**
     * @return whether the driver runs each extension under tenant names of its own (a deployed stack shared with
     *         real tenants), so that ids, which name the tenant, differ from one extension to another
     */
    default boolean renamesTenants() {
        return false;
    }

    /** Stops the extension and frees what it holds. */
    @Override
    void close();
}
