package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.EntryMapping;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;

import java.time.Clock;
import java.util.Optional;

/**
 * The wait-times Lambda: {@link OrderEventFunction} run with the wait-times configuration
 * ({@link WaitTimesService#configuration}, from the settings' window size, wait ceiling, retention and completion
 * mode) and emitting {@code OrderManager.DrinkAverageTime} ({@link WaitTimeEntries}) for every update. The stack's
 * default handler; it reads the common environment variables and {@code WINDOW_SIZE}, {@code MAX_WAIT_SECONDS} and
 * {@code ORDER_RETENTION_HOURS} ({@link LambdaSettings}).
 */
public final class RecordOrderEventHandler extends OrderEventFunction<WaitFigures> {
    /** The constructor Lambda calls: configuration from environment variables, DynamoDB storage. */
    public RecordOrderEventHandler() {
        this(LambdaWiring.fromEnvironment(WaitTimesService.NAME));
    }

    /** @param wiring the configuration, storage and metrics */
    public RecordOrderEventHandler(LambdaWiring wiring) {
        super(WaitTimesService.configuration(wiring.settings().waitTimes()), mapping(wiring.settings()), wiring);
    }

    /**
     * A handler that publishes no metrics.
     *
     * @param settings the configuration
     * @param orders   storage of order records
     * @param samples  storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples,
                                   Clock clock) {
        this(settings, orders, samples, clock, InvocationMetrics.disabled());
    }

    /**
     * @param settings the configuration
     * @param orders   storage of order records
     * @param samples  storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     * @param metrics  where each invocation's metrics go
     */
    public RecordOrderEventHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples,
                                   Clock clock, InvocationMetrics metrics) {
        super(WaitTimesService.configuration(settings.waitTimes()), mapping(settings), settings, orders, samples,
                clock, metrics);
    }

    /** @return the wait-times output mapping: one {@code OrderManager.DrinkAverageTime} per update */
    public static EntryMapping<WaitFigures> mapping(LambdaSettings settings) {
        WaitTimeEntries entries = new WaitTimeEntries(ContractJson.newMapper(), settings.eventBusName());
        int windowSize = settings.waitTimes().windowSize();
        return update -> Optional.of(entries.entry(WaitTimeUpdate.of(update, windowSize)));
    }
}
