package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.sdk.EndpointOverride;
import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensions.throughput.Throughput;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configuration of the Lambda's handlers, read once per container from their environment variables. Every
 * handler reads the common variables; each reads only its own extension's variables besides:
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>variable</th><th>meaning</th><th>default</th><th>read by</th></tr>
 *   <tr><td>{@code TABLE_NAME}</td><td>the DynamoDB table</td><td>required</td><td>all</td></tr>
 *   <tr><td>{@code EVENT_BUS_NAME}</td><td>the bus the returned entries name</td><td>required</td><td>all</td></tr>
 *   <tr><td>{@code COMPLETION_MODE}</td><td>{@code completed} or {@code finished}</td><td>{@code completed}</td>
 *       <td>all</td></tr>
 *   <tr><td>{@code MAX_CLOCK_SKEW_SECONDS}</td><td>how far ahead of the function's clock an event may be dated
 *       before it is rejected ({@code TIME_AHEAD_OF_CLOCK}), 0 to 86400</td><td>300</td><td>all</td></tr>
 *   <tr><td>{@code POWERTOOLS_METRICS_NAMESPACE}</td><td>the CloudWatch namespace of the function's metrics</td>
 *       <td>{@code WaitTimesExtension}</td><td>all</td></tr>
 *   <tr><td>{@code POWERTOOLS_SERVICE_NAME}</td><td>the value of the metrics' dimension {@code Service} (the
 *       stack's name)</td><td>{@code WaitTimesExtension}</td><td>all</td></tr>
 *   <tr><td>{@code AWS_ENDPOINT_URL_DYNAMODB}</td><td>a DynamoDB endpoint override (local tests)</td><td>none</td>
 *       <td>all</td></tr>
 *   <tr><td>{@code WINDOW_SIZE}</td><td>orders per average, 1 to 1000</td><td>10</td>
 *       <td>{@link RecordOrderEventHandler} (wait times)</td></tr>
 *   <tr><td>{@code MAX_WAIT_SECONDS}</td><td>the wait ceiling, seconds</td><td>900</td>
 *       <td>{@link RecordOrderEventHandler}</td></tr>
 *   <tr><td>{@code ORDER_RETENTION_HOURS}</td><td>how long an open order is kept</td><td>24</td>
 *       <td>{@link RecordOrderEventHandler} (the other extensions keep records 24 hours)</td></tr>
 *   <tr><td>{@code ALERT_THRESHOLD_SECONDS}</td><td>the p90 wait above which a drink is alerted, 0 to 86400</td>
 *       <td>300</td><td>{@link WaitTimeAlertsHandler}</td></tr>
 * </table>
 * {@link ThroughputHandler} reads the common variables only. A blank variable counts as unset; a variable another
 * extension reads is not read at all (not even checked). The two metrics variables are Powertools for AWS Lambda's
 * names, so the function reads what the stack sets for any Powertools tooling.
 *
 * @param tableName        the DynamoDB table
 * @param eventBusName     the bus the returned entries name
 * @param waitTimes        the core settings (only their completion mode applies to the other extensions)
 * @param maxClockSkew     how far ahead of the processing clock an event may be dated
 * @param dynamoDbEndpoint a DynamoDB endpoint override, if any
 * @param metricsNamespace the CloudWatch namespace of the function's metrics
 * @param metricsService   the value of the metrics' dimension {@code Service}
 * @param alertThreshold   the p90 wait above which wait-time alerts raise an alert
 */
public record LambdaSettings(String tableName, String eventBusName, WaitTimeSettings waitTimes, Duration maxClockSkew,
                             Optional<URI> dynamoDbEndpoint, String metricsNamespace, String metricsService,
                             Duration alertThreshold) {
    /** Names of the environment variables read. */
    public static final String TABLE_NAME = "TABLE_NAME";
    /** @see #TABLE_NAME */
    public static final String EVENT_BUS_NAME = "EVENT_BUS_NAME";
    /** @see #TABLE_NAME */
    public static final String WINDOW_SIZE = "WINDOW_SIZE";
    /** @see #TABLE_NAME */
    public static final String MAX_WAIT_SECONDS = "MAX_WAIT_SECONDS";
    /** @see #TABLE_NAME */
    public static final String COMPLETION_MODE = "COMPLETION_MODE";
    /** @see #TABLE_NAME */
    public static final String ORDER_RETENTION_HOURS = "ORDER_RETENTION_HOURS";
    /** @see #TABLE_NAME */
    public static final String MAX_CLOCK_SKEW_SECONDS = "MAX_CLOCK_SKEW_SECONDS";
    /** @see #TABLE_NAME */
    public static final String POWERTOOLS_METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    /** @see #TABLE_NAME */
    public static final String POWERTOOLS_SERVICE_NAME = "POWERTOOLS_SERVICE_NAME";
    /** @see #TABLE_NAME */
    public static final String AWS_ENDPOINT_URL_DYNAMODB = "AWS_ENDPOINT_URL_DYNAMODB";
    /** @see #TABLE_NAME */
    public static final String ALERT_THRESHOLD_SECONDS = "ALERT_THRESHOLD_SECONDS";
    /** The metrics' namespace and {@code Service} unless configured: the default stack's name. */
    public static final String DEFAULT_METRICS_NAMESPACE = "WaitTimesExtension";
    /** The largest allowed alert threshold: a day. */
    public static final Duration MAX_ALERT_THRESHOLD = Duration.ofDays(1);
    /** The largest allowed clock skew: a day. */
    public static final Duration MAX_CLOCK_SKEW_LIMIT = Duration.ofDays(1);

    /** The variables only one extension's handler reads, by extension: the others' are not read at all. */
    private static final Map<String, List<String>> EXTENSION_VARIABLES = Map.of(
            WaitTimesService.NAME, List.of(WINDOW_SIZE, MAX_WAIT_SECONDS, ORDER_RETENTION_HOURS),
            WaitTimeAlerts.NAME, List.of(ALERT_THRESHOLD_SECONDS),
            Throughput.NAME, List.of());
    /** CloudWatch's rule for a namespace (as the EMF library checks it). */
    private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z0-9._#:/-]{1,255}");
    /** A dimension value: printable ASCII, as CloudWatch takes it. */
    private static final Pattern DIMENSION_VALUE = Pattern.compile("[\\x20-\\x7e]{1,1024}");

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the skew or the alert threshold is negative or above a day, or a metrics
     *                                  name is not one CloudWatch takes
     */
    public LambdaSettings {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(waitTimes, "waitTimes");
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(metricsService, "metricsService");
        Objects.requireNonNull(alertThreshold, "alertThreshold");
        if (alertThreshold.isNegative() || alertThreshold.compareTo(MAX_ALERT_THRESHOLD) > 0) {
            throw new IllegalArgumentException("the alert threshold must be from 0 to a day, was " + alertThreshold);
        }
        if (maxClockSkew.isNegative() || maxClockSkew.compareTo(MAX_CLOCK_SKEW_LIMIT) > 0) {
            throw new IllegalArgumentException("the clock skew must be from 0 to a day, was " + maxClockSkew);
        }
        if (!NAMESPACE.matcher(metricsNamespace).matches()) {
            throw new IllegalArgumentException("not a CloudWatch namespace: \"" + metricsNamespace + "\"");
        }
        if (!DIMENSION_VALUE.matcher(metricsService).matches()) {
            throw new IllegalArgumentException("not a CloudWatch dimension value: \"" + metricsService + "\"");
        }
    }

    /**
     * Settings with the default alert threshold ({@link WaitTimeAlertEntries#DEFAULT_THRESHOLD}).
     *
     * @param tableName        the DynamoDB table
     * @param eventBusName     the bus the returned entries name
     * @param waitTimes        the core settings
     * @param maxClockSkew     how far ahead of the processing clock an event may be dated
     * @param dynamoDbEndpoint a DynamoDB endpoint override, if any
     * @param metricsNamespace the CloudWatch namespace of the function's metrics
     * @param metricsService   the value of the metrics' dimension {@code Service}
     */
    public LambdaSettings(String tableName, String eventBusName, WaitTimeSettings waitTimes, Duration maxClockSkew,
                          Optional<URI> dynamoDbEndpoint, String metricsNamespace, String metricsService) {
        this(tableName, eventBusName, waitTimes, maxClockSkew, dynamoDbEndpoint, metricsNamespace, metricsService,
                WaitTimeAlertEntries.DEFAULT_THRESHOLD);
    }

    /**
     * Settings with the defaults of everything else: the contract's clock skew, metrics named as the default stack's.
     *
     * @param tableName        the DynamoDB table
     * @param eventBusName     the bus the returned entries name
     * @param waitTimes        the core settings
     * @param dynamoDbEndpoint a DynamoDB endpoint override, if any
     */
    public LambdaSettings(String tableName, String eventBusName, WaitTimeSettings waitTimes,
                          Optional<URI> dynamoDbEndpoint) {
        this(tableName, eventBusName, waitTimes, ClockSkewRule.DEFAULT_MAX_SKEW, dynamoDbEndpoint,
                DEFAULT_METRICS_NAMESPACE, DEFAULT_METRICS_NAMESPACE);
    }

    /** @return the same settings with another allowed clock skew */
    public LambdaSettings withMaxClockSkew(Duration skew) {
        return new LambdaSettings(tableName, eventBusName, waitTimes, skew, dynamoDbEndpoint, metricsNamespace,
                metricsService, alertThreshold);
    }

    /** @return the same settings with another alert threshold */
    public LambdaSettings withAlertThreshold(Duration threshold) {
        return new LambdaSettings(tableName, eventBusName, waitTimes, maxClockSkew, dynamoDbEndpoint, metricsNamespace,
                metricsService, threshold);
    }

    /**
     * The settings of the wait-times handler: {@code fromEnvironment(env, WaitTimesService.NAME)}.
     *
     * @param env the environment ({@code System.getenv()})
     * @return the settings
     * @throws IllegalArgumentException naming every missing or invalid variable
     */
    public static LambdaSettings fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, WaitTimesService.NAME);
    }

    /**
     * @param env       the environment ({@code System.getenv()})
     * @param extension the name of the extension the handler runs ({@code wait-times}, {@code wait-time-alerts} or
     *                  {@code throughput}): the common variables are read, and that extension's own
     * @return the settings; the variables not read have their defaults
     * @throws IllegalArgumentException naming every missing or invalid variable, so a misconfigured function fails
     *                                  at start-up with one clear message; or if the extension is unknown
     */
    public static LambdaSettings fromEnvironment(Map<String, String> env, String extension) {
        if (!EXTENSION_VARIABLES.containsKey(extension)) {
            throw new IllegalArgumentException("no Lambda handler runs the extension \"" + extension + "\"");
        }
        Map<String, String> read = withoutOtherExtensionsVariables(env, extension);
        WaitTimeSettings defaults = WaitTimeSettings.DEFAULTS;
        List<String> problems = new ArrayList<>();
        String table = required(read, TABLE_NAME, problems);
        String bus = required(read, EVENT_BUS_NAME, problems);
        int window = integer(read, WINDOW_SIZE, defaults.windowSize(), 1, LatestSamples.MAX_CAPACITY, problems);
        int maxWait = integer(read, MAX_WAIT_SECONDS, (int) defaults.maxWait().toSeconds(), 1, Integer.MAX_VALUE,
                problems);
        int retention = integer(read, ORDER_RETENTION_HOURS, (int) defaults.orderRetention().toHours(), 1,
                Integer.MAX_VALUE, problems);
        int threshold = integer(read, ALERT_THRESHOLD_SECONDS, (int) WaitTimeAlertEntries.DEFAULT_THRESHOLD.toSeconds(),
                0, (int) MAX_ALERT_THRESHOLD.toSeconds(), problems);
        CompletionMode mode = completionMode(read, problems);
        int skew = integer(read, MAX_CLOCK_SKEW_SECONDS, (int) ClockSkewRule.DEFAULT_MAX_SKEW.toSeconds(), 0,
                (int) MAX_CLOCK_SKEW_LIMIT.toSeconds(), problems);
        Optional<URI> endpoint = endpoint(read, problems);
        String namespace = matching(read, POWERTOOLS_METRICS_NAMESPACE, NAMESPACE,
                "a CloudWatch namespace (letters, digits and . _ # : / -, at most 255)", problems);
        String service = matching(read, POWERTOOLS_SERVICE_NAME, DIMENSION_VALUE,
                "printable ASCII, at most 1024 characters", problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid configuration of the " + extension + " Lambda: "
                    + String.join("; ", problems));
        }
        return new LambdaSettings(table, bus, new WaitTimeSettings(window, Duration.ofSeconds(maxWait),
                Duration.ofHours(retention), mode), Duration.ofSeconds(skew), endpoint, namespace, service,
                Duration.ofSeconds(threshold));
    }

    /** @return the environment without the variables of the extensions other than this one: they keep defaults */
    private static Map<String, String> withoutOtherExtensionsVariables(Map<String, String> env, String extension) {
        Map<String, String> read = new HashMap<>(env);
        EXTENSION_VARIABLES.forEach((other, names) -> {
            if (!other.equals(extension)) {
                read.keySet().removeAll(names);
            }
        });
        return read;
    }

    private static String matching(Map<String, String> env, String name, Pattern pattern, String what,
                                   List<String> problems) {
        Optional<String> value = value(env, name);
        if (value.isEmpty()) {
            return DEFAULT_METRICS_NAMESPACE;
        }
        if (!pattern.matcher(value.get()).matches()) {
            problems.add(name + " must be " + what + ", was \"" + value.get() + "\"");
            return DEFAULT_METRICS_NAMESPACE;
        }
        return value.get();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String required(Map<String, String> env, String name, List<String> problems) {
        Optional<String> value = value(env, name);
        if (value.isEmpty()) {
            problems.add(name + " is required");
        }
        return value.orElse("");
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max,
                               List<String> problems) {
        Optional<String> value = value(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE ? "a positive integer" : "an integer from " + min + " to " + max;
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be " + range + ", was \"" + value.get() + "\"");
        return fallback;
    }

    private static CompletionMode completionMode(Map<String, String> env, List<String> problems) {
        Optional<String> value = value(env, COMPLETION_MODE);
        if (value.isEmpty()) {
            return CompletionMode.COMPLETED;
        }
        try {
            return CompletionMode.valueOf(value.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(COMPLETION_MODE + " must be \"completed\" or \"finished\", was \"" + value.get() + "\"");
            return CompletionMode.COMPLETED;
        }
    }

    private static Optional<URI> endpoint(Map<String, String> env, List<String> problems) {
        Optional<String> value = value(env, AWS_ENDPOINT_URL_DYNAMODB);
        Optional<URI> endpoint = value.flatMap(EndpointOverride::parse);
        if (value.isPresent() && endpoint.isEmpty()) {
            problems.add(AWS_ENDPOINT_URL_DYNAMODB + " must be " + EndpointOverride.EXPECTED + ", was \""
                    + value.get() + "\"");
        }
        return endpoint;
    }
}
