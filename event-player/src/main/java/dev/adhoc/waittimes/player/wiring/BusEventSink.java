package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.player.simulation.SimulatedEvent;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts simulated order events on an EventBridge bus, so that a deployed extension can be exercised: batches of at
 * most {@value #MAX_ENTRIES} entries, each with the event's own {@code time}. Entries the bus reports as failed are
 * resent a few times; a batch still failing raises {@link ExtensionFailedException}. Not thread-safe.
 */
public final class BusEventSink implements AutoCloseable {
    /** The most entries one {@code PutEvents} call accepts. */
    public static final int MAX_ENTRIES = 10;
    private static final int MAX_ATTEMPTS = 3;

    private final EventBridgeClient client;
    private final String bus;
    private final List<PutEventsRequestEntry> batch = new ArrayList<>(MAX_ENTRIES);
    private String lastPosition = "start";
    private long sent;

    /**
     * @param client the client (closed with this sink)
     * @param bus    the bus's name
     */
    public BusEventSink(EventBridgeClient client, String bus) {
        this.client = Objects.requireNonNull(client, "client");
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /**
     * @param config the bus, its endpoint and region
     * @return a sink on a new client
     * @throws ExtensionFailedException if the client cannot be built (no region, ...)
     */
    public static BusEventSink open(ExtensionConfig config) {
        try {
            return new BusEventSink(AwsClients.eventBridge(config), config.bus());
        } catch (RuntimeException e) {
            throw new ExtensionFailedException("the bus", "start", e);
        }
    }

    /**
     * Adds an event to the batch, and sends the batch when it is full.
     *
     * @param event      the event
     * @param detailJson its detail as JSON text
     * @param position   where it is in the simulated stream (for a failure report)
     */
    public void put(SimulatedEvent event, String detailJson, String position) {
        batch.add(PutEventsRequestEntry.builder().eventBusName(bus).source(SimulatedEvent.SOURCE)
                .detailType(event.detailType()).time(event.time()).detail(detailJson).build());
        lastPosition = position;
        if (batch.size() == MAX_ENTRIES) {
            flush();
        }
    }

    /** Sends what the batch holds. */
    public void flush() {
        List<PutEventsRequestEntry> pending = List.copyOf(batch);
        batch.clear();
        String lastError = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
            PutEventsResponse response;
            try {
                List<PutEventsRequestEntry> request = pending;
                response = client.putEvents(r -> r.entries(request));
            } catch (RuntimeException e) {
                throw new ExtensionFailedException("the bus", lastPosition, e);
            }
            List<PutEventsRequestEntry> failed = new ArrayList<>();
            List<PutEventsResultEntry> results = response.entries();
            for (int i = 0; i < pending.size(); i++) {
                PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
                if (result == null || result.errorCode() != null) {
                    failed.add(pending.get(i));
                    lastError = result == null ? "no result for the entry" : result.errorCode() + " " + result.errorMessage();
                }
            }
            sent += pending.size() - failed.size();
            pending = failed;
        }
        if (!pending.isEmpty()) {
            throw new ExtensionFailedException("the bus", lastPosition, new IllegalStateException(pending.size()
                    + " entries still failed after " + MAX_ATTEMPTS + " attempts, last error: " + lastError));
        }
    }

    /** @return how many events the bus accepted */
    public long sent() {
        return sent;
    }

    @Override
    public void close() {
        client.close();
    }
}
