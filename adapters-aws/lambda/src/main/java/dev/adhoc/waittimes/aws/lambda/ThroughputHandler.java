package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.contract.EntryMapping;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;

import java.time.Clock;
import java.util.Optional;

/**
 * The throughput Lambda: {@link OrderEventFunction} run with {@link Throughput#configuration()} (a tenant's completed
 * orders in the last 15 minutes), emitting {@code OrderManager.Throughput} ({@link ThroughputEntries}) for every
 * update. It reads the common environment variables only ({@link LambdaSettings}).
 */
public final class ThroughputHandler extends OrderEventFunction<Integer> {
    /** The constructor Lambda calls: configuration from environment variables, DynamoDB storage. */
    public ThroughputHandler() {
        this(LambdaWiring.fromEnvironment(Throughput.NAME));
    }

    /** @param wiring the configuration, storage and metrics */
    public ThroughputHandler(LambdaWiring wiring) {
        super(Throughput.configuration(), entries(wiring.settings()), wiring);
    }

    /**
     * @param settings the configuration (bus, completion mode, clock skew)
     * @param orders   the extension's storage of order records
     * @param samples  the extension's storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     * @param metrics  where each invocation's metrics go
     */
    public ThroughputHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples, Clock clock,
                             InvocationMetrics metrics) {
        super(Throughput.configuration(), entries(settings), settings, orders, samples, clock, metrics);
    }

    private static EntryMapping<Integer> entries(LambdaSettings settings) {
        ThroughputEntries entries = new ThroughputEntries(settings.eventBusName());
        return update -> Optional.of(entries.entry(update));
    }
}
