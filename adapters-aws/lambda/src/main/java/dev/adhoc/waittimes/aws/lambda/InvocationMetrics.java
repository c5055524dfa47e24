package dev.adhoc.waittimes.aws.lambda;

import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.Unit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The function's own metrics, gathered during an invocation and published at its end in CloudWatch's Embedded Metric
 * Format (one JSON document per line on stdout, which Lambda sends to the function's log group, where CloudWatch
 * extracts the metrics), through the AWS EMF library. Namespace and dimension {@code Service} come from
 * {@link LambdaSettings}.
 *
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><th>metric</th><th>unit</th><th>dimensions</th><th>per invocation</th></tr>
 *   <tr><td>{@value #UPDATES_EMITTED}</td><td>Count</td><td>Service</td><td>the entries returned to emit</td></tr>
 *   <tr><td>{@value #REJECTIONS}</td><td>Count</td><td>Service</td><td>1 if the event was rejected</td></tr>
 *   <tr><td>{@value #REJECTIONS}</td><td>Count</td><td>Service, Reason</td><td>1 per distinct reason of a rejected
 *       event</td></tr>
 *   <tr><td>{@value #STALE_INDEX_WRITES}</td><td>Count</td><td>Service</td><td>index writes refused because a
 *       concurrent invocation had stored the order's place at the same or a newer version</td></tr>
 *   <tr><td>{@value #DYNAMODB_LATENCY}</td><td>Milliseconds</td><td>Service</td><td>one value per DynamoDB call,
 *       retries included</td></tr>
 * </table>
 * An invocation that counted nothing and called nothing (an ignored event) publishes nothing. Thread-safe; a Lambda
 * container runs one invocation at a time, so what is gathered between two publications is one invocation's.
 */
public final class InvocationMetrics {
    /** Metric names. */
    public static final String UPDATES_EMITTED = "UpdatesEmitted";
    /** @see #UPDATES_EMITTED */
    public static final String REJECTIONS = "Rejections";
    /** @see #UPDATES_EMITTED */
    public static final String STALE_INDEX_WRITES = "StaleIndexWrites";
    /** @see #UPDATES_EMITTED */
    public static final String DYNAMODB_LATENCY = "DynamoDbLatency";
    /** Dimension names. */
    public static final String SERVICE = "Service";
    /** @see #SERVICE */
    public static final String REASON = "Reason";

    private final String namespace;
    private final String service;
    private final Environment environment; // null: publishes nothing
    private final List<Double> latencies = new ArrayList<>();
    private int staleIndexWrites;

    private InvocationMetrics(String namespace, String service, Environment environment) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.service = Objects.requireNonNull(service, "service");
        this.environment = environment;
    }

    /**
     * @param settings the namespace and the {@code Service}
     * @return metrics published on stdout, as Lambda's log agent reads them
     */
    public static InvocationMetrics embeddedMetricFormat(LambdaSettings settings) {
        return new InvocationMetrics(settings.metricsNamespace(), settings.metricsService(), new LambdaEnvironment());
    }

    /** @return metrics that are gathered and never published (tests, the event player's handler) */
    public static InvocationMetrics disabled() {
        return new InvocationMetrics(LambdaSettings.DEFAULT_METRICS_NAMESPACE, LambdaSettings.DEFAULT_METRICS_NAMESPACE,
                null);
    }

    /** @param duration how long one DynamoDB call took, its retries included */
    public synchronized void dynamoDbCall(Duration duration) {
        latencies.add(duration.toNanos() / 1_000_000.0);
    }

    /** Counts one index write refused because another writer had stored a version at least as new. */
    public synchronized void staleIndexWrite() {
        staleIndexWrites++;
    }

    /**
     * Publishes what the invocation gathered, then starts over.
     *
     * @param output what the invocation answers; empty if it failed (only its DynamoDB figures are published)
     */
    public synchronized void publish(Optional<HandlerOutput> output) {
        try {
            int updates = output.map(o -> o.entries().size()).orElse(0);
            boolean rejected = output.filter(o -> o.status() == HandlerOutput.Status.REJECTED).isPresent();
            if (environment == null || (updates == 0 && !rejected && staleIndexWrites == 0 && latencies.isEmpty())) {
                return;
            }
            MetricsLogger metrics = logger(DimensionSet.of(SERVICE, service));
            metrics.putMetric(UPDATES_EMITTED, updates, Unit.COUNT);
            metrics.putMetric(REJECTIONS, rejected ? 1 : 0, Unit.COUNT);
            metrics.putMetric(STALE_INDEX_WRITES, staleIndexWrites, Unit.COUNT);
            for (double latency : latencies) {
                metrics.putMetric(DYNAMODB_LATENCY, latency, Unit.MILLISECONDS);
            }
            metrics.flush();
            // A document's dimension sets apply to all its metrics: the count by reason goes in documents of its own.
            TreeSet<String> reasons = new TreeSet<>();
            output.ifPresent(o -> o.rejections().forEach(r -> reasons.add(r.reason())));
            for (String reason : reasons) {
                MetricsLogger byReason = logger(DimensionSet.of(SERVICE, service, REASON, reason));
                byReason.putMetric(REJECTIONS, 1, Unit.COUNT);
                byReason.flush();
            }
        } finally {
            latencies.clear();
            staleIndexWrites = 0;
        }
    }

    /**
     * Runs the serialization of a metrics document without printing it, so that SnapStart's snapshot holds its
     * classes initialized. Gathers nothing.
     *
     * @return the document
     */
    String prime() {
        MetricsContext context = new MetricsContext();
        context.setNamespace(namespace);
        context.setDimensions(DimensionSet.of(SERVICE, service));
        context.putMetric(UPDATES_EMITTED, 0, Unit.COUNT);
        context.putMetric(DYNAMODB_LATENCY, 0, Unit.MILLISECONDS);
        try {
            return String.join("\n", context.serialize());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a metrics document", e);
        }
    }

    private MetricsLogger logger(DimensionSet dimensions) {
        MetricsLogger logger = new MetricsLogger(environment);
        logger.setNamespace(namespace);
        logger.setDimensions(dimensions);
        return logger;
    }
}
