package dev.adhoc.waittimes.extensions.throughput.acceptance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension end to end, as a deployment runs it: each bus event through the contract's parser, core's engine on
 * an adapter set, and the entries it puts on the bus, every one of them checked against the events catalog.
 */
final class ThroughputDriver implements AutoCloseable {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderEventParser parser = new OrderEventParser(CompletionMode.COMPLETED);
    private final Stores stores;
    private final Engine<Integer> engine;
    private final ThroughputEntries entries = new ThroughputEntries("Serverlesspresso");
    private final List<ObservedThroughput> emitted = new ArrayList<>();
    private int rejections;

    ThroughputDriver(Stores stores, Clock clock) {
        this.stores = stores;
        this.engine = new Engine<>(Throughput.configuration(), stores.orders(), stores.samples(), clock);
    }

    void deliver(String eventJson) {
        ParseResult parsed = parser.parse(eventJson, "scenario");
        assertThat(parsed).as("the scenario's event is one the contract consumes: %s", eventJson)
                .isInstanceOf(ParseResult.Parsed.class);
        Recorded<Integer> recorded = engine.record(((ParseResult.Parsed) parsed).event());
        rejections += recorded.rejections().size();
        recorded.updates().stream().map(entries::entry).forEach(this::emit);
    }

    private void emit(PutEventsEntry entry) {
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).describe())
                .isEqualTo("valid OrderManager.Throughput v1");
        try {
            emitted.add(ObservedThroughput.of(JSON.readTree(entry.detail())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ObservedThroughput> emitted() {
        return List.copyOf(emitted);
    }

    int rejections() {
        return rejections;
    }

    @Override
    public void close() {
        stores.close();
    }
}
