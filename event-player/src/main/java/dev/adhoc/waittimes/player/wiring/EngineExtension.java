package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.EntryMapping;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Recorded;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An extension built on the engine alone, as a run feeds it: each event through its {@link Engine}, each update
 * through its output mapping to the entries it puts on the bus, and those to the run's output.
 *
 * @param <F> the extension's figures
 */
final class EngineExtension<F> implements PlayedExtension {
    private final Engine<F> engine;
    private final EntryMapping<F> mapping;
    private final Consumer<List<PutEventsEntry>> output;

    /**
     * @param engine  the extension's engine, on the run's store
     * @param mapping the extension's output mapping (it may also show the update)
     * @param output  where the entries of one event go, in order
     */
    EngineExtension(Engine<F> engine, EntryMapping<F> mapping,
                    Consumer<List<PutEventsEntry>> output) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.output = Objects.requireNonNull(output, "output");
    }

    @Override
    public Played record(OrderEvent event) {
        Recorded<F> recorded = engine.record(event);
        List<PutEventsEntry> entries = recorded.updates().stream().map(mapping::entry).flatMap(Optional::stream).toList();
        if (!entries.isEmpty()) {
            output.accept(entries);
        }
        return new Played(entries.size(), recorded.rejections());
    }
}
