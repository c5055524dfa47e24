package dev.adhoc.waittimes.extensions.alerts.acceptance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension end to end, as a deployment runs it: each bus event through the contract's parser, core's engine on
 * an adapter set, and the entries it puts on the bus, every one of them checked against the events catalog.
 */
final class AlertsDriver implements AutoCloseable {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderEventParser parser = new OrderEventParser(CompletionMode.COMPLETED);
    private final Stores stores;
    private final Engine<Duration> engine;
    private final WaitTimeAlertEntries entries;
    private final List<ObservedAlert> alerts = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    AlertsDriver(Stores stores, Duration threshold, Clock clock) {
        this.stores = stores;
        this.engine = new Engine<>(WaitTimeAlerts.configuration(), stores.orders(), stores.samples(), clock);
        this.entries = new WaitTimeAlertEntries("Serverlesspresso", threshold);
    }

    void deliver(String eventJson) {
        ParseResult parsed = parser.parse(eventJson, "scenario");
        assertThat(parsed).as("the scenario's event is one the contract consumes: %s", eventJson)
                .isInstanceOf(ParseResult.Parsed.class);
        Recorded<Duration> recorded = engine.record(((ParseResult.Parsed) parsed).event());
        rejections.addAll(recorded.rejections());
        recorded.updates().stream().map(entries::entry).flatMap(Optional::stream).forEach(this::emit);
    }

    private void emit(PutEventsEntry entry) {
        assertThat(CATALOG.validateDetail(entry.source(), entry.detailType(), entry.detail()).describe())
                .isEqualTo("valid OrderManager.WaitTimeAlert v1");
        try {
            alerts.add(ObservedAlert.of(JSON.readTree(entry.detail())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ObservedAlert> alerts() {
        return List.copyOf(alerts);
    }

    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public void close() {
        stores.close();
    }
}
