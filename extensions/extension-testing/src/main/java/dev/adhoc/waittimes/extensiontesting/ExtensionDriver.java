package dev.adhoc.waittimes.extensiontesting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An extension end to end, as a deployment runs it: each bus event through the contract's parser, core's engine on
 * an adapter set, and the entries it puts on the bus, every one of them checked against the events catalog and read
 * back as a consumer of the bus reads it.
 *
 * @param <F> the extension's figure
 * @param <O> an emitted event as the test observes it
 */
public final class ExtensionDriver<F, O> implements AutoCloseable {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderEventParser parser = new OrderEventParser(CompletionMode.COMPLETED);
    private final Stores stores;
    private final Engine<F> engine;
    private final Function<Update<F>, Optional<PutEventsEntry>> entries;
    private final String detailType;
    private final Function<JsonNode, O> observe;
    private final List<O> emitted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    /**
     * @param configuration the extension's configuration of the engine
     * @param stores        the adapter set (closed with the driver)
     * @param clock         the engine's clock
     * @param entries       the extension's mapping of an update to the entry it puts on the bus, if any
     * @param detailType    the detail type of every entry, as the catalog names it (version 1)
     * @param observe       reads an entry's detail as the test observes it
     */
    public ExtensionDriver(Configuration<F> configuration, Stores stores, Clock clock,
                           Function<Update<F>, Optional<PutEventsEntry>> entries, String detailType,
                           Function<JsonNode, O> observe) {
        this.stores = stores;
        this.engine = new Engine<>(configuration, stores.orders(), stores.samples(), clock);
        this.entries = entries;
        this.detailType = detailType;
        this.observe = observe;
    }

    /**
     * Records one bus event.
     *
     * @param eventJson the event as the bus delivers it
     * @throws AssertionError if the contract does not consume it, or an entry is not valid in the catalog
     */
    public void deliver(String eventJson) {
        ParseResult parsed = parser.parse(eventJson, "scenario");
        if (!(parsed instanceof ParseResult.Parsed event)) {
            throw new AssertionError("the scenario's event is one the contract consumes: " + eventJson + ", but "
                    + parsed);
        }
        Recorded<F> recorded = engine.record(event.event());
        rejections.addAll(recorded.rejections());
        recorded.updates().stream().map(entries).flatMap(Optional::stream).forEach(this::emit);
    }

    private void emit(PutEventsEntry entry) {
        String validity = CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).describe();
        if (!validity.equals("valid " + detailType + " v1")) {
            throw new AssertionError("expected a valid " + detailType + " v1, but: " + validity);
        }
        try {
            emitted.add(observe.apply(JSON.readTree(entry.detail())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every event emitted so far, in order */
    public List<O> emitted() {
        return List.copyOf(emitted);
    }

    /** @return every rejection so far, in order */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public void close() {
        stores.close();
    }
}
