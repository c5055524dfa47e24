package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;

import java.time.Clock;

/**
 * Any extension in memory: its {@link Engine} over in-memory order records and samples, on a clock.
 *
 * @param engine  the engine
 * @param orders  the order records
 * @param samples the sample index
 * @param <F>     the extension's figures
 */
public record InMemoryEngine<F>(Engine<F> engine, InMemoryOrderRecords orders, InMemorySampleIndex samples) {
    /**
     * @param config the extension
     * @param clock  the clock of expiry
     * @param <F>    its figures
     * @return the extension in memory
     */
    public static <F> InMemoryEngine<F> create(Configuration<F> config, Clock clock) {
        InMemoryOrderRecords orders = new InMemoryOrderRecords(clock);
        InMemorySampleIndex samples = new InMemorySampleIndex(clock);
        return new InMemoryEngine<>(new Engine<>(config, orders, samples, clock), orders, samples);
    }
}
