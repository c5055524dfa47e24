package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;

import java.time.Clock;
import java.time.Duration;

/**
 * The wait-time alerts Lambda: {@link OrderEventFunction} run with {@link WaitTimeAlerts#configuration()} (a drink's
 * p90 wait over its last 20 completions), emitting {@code OrderManager.WaitTimeAlert} ({@link WaitTimeAlertEntries})
 * when an update crosses the threshold. It reads the common environment variables and
 * {@code ALERT_THRESHOLD_SECONDS} (default 300, {@link LambdaSettings}).
 */
public final class WaitTimeAlertsHandler extends OrderEventFunction<Duration> {
    /** The constructor Lambda calls: configuration from environment variables, DynamoDB storage. */
    public WaitTimeAlertsHandler() {
        this(LambdaWiring.fromEnvironment(WaitTimeAlerts.NAME));
    }

    /** @param wiring the configuration, storage and metrics */
    public WaitTimeAlertsHandler(LambdaWiring wiring) {
        super(WaitTimeAlerts.configuration(), entries(wiring.settings())::entry, wiring);
    }

    /**
     * @param settings the configuration (bus, threshold, completion mode, clock skew)
     * @param orders   the extension's storage of order records
     * @param samples  the extension's storage of the counted samples
     * @param clock    the processing clock: it dates record expiry and judges events dated ahead of it
     * @param metrics  where each invocation's metrics go
     */
    public WaitTimeAlertsHandler(LambdaSettings settings, OrderRecords orders, SampleIndex samples, Clock clock,
                                 InvocationMetrics metrics) {
        super(WaitTimeAlerts.configuration(), entries(settings)::entry, settings, orders, samples, clock, metrics);
    }

    private static WaitTimeAlertEntries entries(LambdaSettings settings) {
        return new WaitTimeAlertEntries(settings.eventBusName(), settings.alertThreshold());
    }
}
