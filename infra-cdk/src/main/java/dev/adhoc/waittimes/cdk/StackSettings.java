package dev.adhoc.waittimes.cdk;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything the stack can be told, read from CDK context ({@code cdk synth -c windowSize=20}) with the contract's
 * defaults. Values are validated here so that a typo fails the synthesis with a clear message instead of deploying
 * a Lambda that rejects its own configuration.
 *
 * @param extension           the extension deployed (context {@code extension}: {@code wait-times}, the default,
 *                            {@code alerts} or {@code throughput}): its handler, default stack name, own variables and
 *                            emitted event
 * @param stackName           CloudFormation stack name (context {@code stackName}, default the extension's:
 *                            {@code WaitTimesExtension}, {@code WaitTimeAlertsExtension} or {@code ThroughputExtension})
 * @param busName             the bus to listen on and emit to (context {@code busName}, default
 *                            {@code Serverlesspresso}, or {@code <stackName>-bus} for a test bus); imported, never
 *                            created or changed, unless {@code createTestBus}
 * @param createTestBus       the stack creates a bus of its own named {@code busName} instead of importing one, so that
 *                            a stack deployed for tests never reads from or writes to the production bus (context
 *                            {@code createTestBus}, default {@code false}; needs a {@code stackName} of its own)
 * @param windowSize          N, the completed orders averaged per tenant and drink (context {@code windowSize}, 1–1000,
 *                            default 10; wait times only, as {@code maxWaitSeconds} and {@code orderRetentionHours})
 * @param maxWaitSeconds      waits above this are rejected (context {@code maxWaitSeconds}, default 900)
 * @param completionMode      which events complete an order (context {@code completionMode}: {@code completed} or
 *                            {@code finished}, the reference extension's compatibility mode)
 * @param orderRetentionHours how long an open order's record lives after its last event (context
 *                            {@code orderRetentionHours}, default 24)
 * @param retainTable         keep the table (and its data) when the stack is destroyed (context
 *                            {@code tableRemovalPolicy}: {@code destroy}, the default for a demo stack, or {@code retain})
 * @param lambdaJar           the Lambda deployment jar that adapters-aws/lambda builds (context {@code lambdaJar},
 *                            default {@code ../adapters-aws/lambda/target/wait-times-lambda.jar}, relative to the
 *                            working directory)
 * @param lambdaMemoryMb      the function's memory (context {@code lambdaMemoryMb}, default 1024)
 * @param workflowLogLevel    what the Express workflow logs (context {@code workflowLogLevel}: {@code ERROR} by
 *                            default, {@code ALL} to debug, {@code FATAL} or {@code OFF})
 * @param tracing             X-Ray tracing of the workflow and the function (context {@code tracing}, default
 *                            {@code true}; at low traffic nearly every execution is sampled, which makes X-Ray the
 *                            largest cost per order: see docs/cost-model.md)
 * @param workflowExecutionData whether the workflow's log events carry the execution's input and output (context
 *                            {@code workflowExecutionData}, default {@code false}: events carry customers' ids, so they
 *                            are logged only while debugging)
 * @param reservedConcurrency the function's reserved concurrency (context {@code reservedConcurrency}, default
 *                            {@value #DEFAULT_RESERVED_CONCURRENCY}; {@code none} for no reservation), so that a replay
 *                            burst cannot take the concurrency the core app shares in the account
 * @param snapStart           SnapStart on the published version (context {@code snapStart}: {@code auto} by default,
 *                            on except in the regions that lack it; {@code true} or {@code false} to force it)
 * @param alarmEmail          an address subscribed to the alarm topic (context {@code alarmEmail}, none by default)
 * @param alertThresholdSeconds the p90 wait above which alerts are raised (context {@code alertThresholdSeconds},
 *                            0–86400, default 300; alerts only)
 */
public record StackSettings(Extension extension, String stackName, String busName, int windowSize, int maxWaitSeconds,
                            CompletionMode completionMode, int orderRetentionHours, boolean retainTable,
                            Path lambdaJar, int lambdaMemoryMb, String workflowLogLevel, boolean tracing,
                            boolean createTestBus, boolean workflowExecutionData, OptionalInt reservedConcurrency,
                            SnapStartMode snapStart, Optional<String> alarmEmail, int alertThresholdSeconds) {

    /** The core app's bus; a test bus must be named otherwise. */
    public static final String PRODUCTION_BUS_NAME = "Serverlesspresso";
    /**
     * Twenty environments: at about 40 ms a warm event, they record 500 events a second, a hundred times what a busy
     * day of several bars produces, and keep 980 of a default account's 1,000 for the core app (see infra-cdk/README).
     */
    public static final int DEFAULT_RESERVED_CONCURRENCY = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Default location of the jar, relative to {@code infra-cdk/} where {@code cdk} runs. */
    public static final String DEFAULT_LAMBDA_JAR = "../adapters-aws/lambda/target/wait-times-lambda.jar";

    /** Which events complete an order; the names are the values of the Lambda's {@code COMPLETION_MODE}. */
    public enum CompletionMode {
        /** {@code OrderManager.Order*-COMPLETED} and {@code OrderManager.OrderCompleted} complete an order. */
        COMPLETED,
        /** The reference's compatibility mode: {@code OrderProcessor.orderFinished} completes an order too. */
        FINISHED;

        /** @return the value the Lambda's {@code COMPLETION_MODE} variable takes */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the function gets SnapStart. */
    public enum SnapStartMode {
        /** On, except in the regions where Lambda does not offer it (decided by CloudFormation at deployment). */
        AUTO,
        /** On everywhere: the deployment fails where Lambda does not offer it. */
        TRUE,
        /** Off everywhere. */
        FALSE
    }

    /** @throws IllegalArgumentException naming the context key of any value out of range */
    public StackSettings {
        Objects.requireNonNull(extension, "extension");
        requireText("stackName", stackName);
        requireRange("alertThresholdSeconds", alertThresholdSeconds, 0, 86_400);
        requireText("busName", busName);
        requireRange("windowSize", windowSize, 1, 1000);
        requireRange("maxWaitSeconds", maxWaitSeconds, 1, 86_400);
        Objects.requireNonNull(completionMode, "completionMode");
        requireRange("orderRetentionHours", orderRetentionHours, 1, 24 * 90);
        Objects.requireNonNull(lambdaJar, "lambdaJar");
        requireRange("lambdaMemoryMb", lambdaMemoryMb, 512, 10_240);
        if (!Set.of("ALL", "ERROR", "FATAL", "OFF").contains(workflowLogLevel)) {
            throw new IllegalArgumentException(
                    "context workflowLogLevel must be ALL, ERROR, FATAL or OFF, was " + workflowLogLevel);
        }
        Objects.requireNonNull(reservedConcurrency, "reservedConcurrency");
        reservedConcurrency.ifPresent(value -> requireRange("reservedConcurrency", value, 1, 10_000));
        Objects.requireNonNull(snapStart, "snapStart");
        Objects.requireNonNull(alarmEmail, "alarmEmail");
        alarmEmail.ifPresent(address -> {
            if (!EMAIL.matcher(address).matches()) {
                throw new IllegalArgumentException("context alarmEmail must be an e-mail address, was " + address);
            }
        });
        if (createTestBus && Extension.isProductionStackName(stackName)) {
            throw new IllegalArgumentException("context createTestBus=true needs a stackName of its own (-c stackName="
                    + "WaitTimesTest...): " + stackName + " is a production stack");
        }
        if (createTestBus && busName.equals(PRODUCTION_BUS_NAME)) {
            throw new IllegalArgumentException("context createTestBus=true cannot create a bus named "
                    + PRODUCTION_BUS_NAME + ": that is the core app's bus; leave busName out or name the test bus");
        }
    }

    /**
     * Reads the settings from CDK context.
     *
     * @param context looks a context key up, returning {@code null} when it is not set (e.g.
     *                {@code app.getNode()::tryGetContext}); values may be strings ({@code -c key=value}) or JSON
     *                values (from {@code cdk.json})
     * @return the settings, defaults filled in
     * @throws IllegalArgumentException naming the key of any value that cannot be used
     */
    public static StackSettings fromContext(Function<String, Object> context) {
        var read = new ContextReader(context);
        Extension extension = Extension.fromContext(context.apply("extension"));
        String stackName = read.text("stackName", extension.defaultStackName());
        boolean createTestBus = read.choice("createTestBus", Switch.FALSE, Switch.class) == Switch.TRUE;
        return new StackSettings(
                extension,
                stackName,
                read.text("busName", createTestBus ? stackName + "-bus" : PRODUCTION_BUS_NAME),
                read.integer("windowSize", 10),
                read.integer("maxWaitSeconds", 900),
                read.choice("completionMode", CompletionMode.COMPLETED, CompletionMode.class),
                read.integer("orderRetentionHours", 24),
                read.choice("tableRemovalPolicy", TableRemovalPolicy.DESTROY, TableRemovalPolicy.class)
                        == TableRemovalPolicy.RETAIN,
                Path.of(read.text("lambdaJar", DEFAULT_LAMBDA_JAR)),
                read.integer("lambdaMemoryMb", 1024),
                read.text("workflowLogLevel", "ERROR").toUpperCase(Locale.ROOT),
                read.choice("tracing", Switch.TRUE, Switch.class) == Switch.TRUE,
                createTestBus,
                read.choice("workflowExecutionData", Switch.FALSE, Switch.class) == Switch.TRUE,
                read.text("reservedConcurrency", "").equalsIgnoreCase("none") ? OptionalInt.empty()
                        : OptionalInt.of(read.integer("reservedConcurrency", DEFAULT_RESERVED_CONCURRENCY)),
                read.choice("snapStart", SnapStartMode.AUTO, SnapStartMode.class),
                Optional.of(read.text("alarmEmail", "")).filter(address -> !address.isEmpty()),
                read.integer("alertThresholdSeconds", 300));
    }

    /** @return the defaults, with the Lambda asset at {@code lambdaJar} */
    public static StackSettings defaults(Path lambdaJar) {
        return fromContext(key -> key.equals("lambdaJar") ? lambdaJar.toString() : null);
    }

    private enum TableRemovalPolicy { DESTROY, RETAIN }

    private enum Switch { TRUE, FALSE }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("context " + key + " must not be blank");
        }
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "context " + key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private record ContextReader(Function<String, Object> context) {
        String text(String key, String fallback) {
            Object value = context.apply(key);
            return value == null ? fallback : String.valueOf(value).trim();
        }

        int integer(String key, int fallback) {
            Object value = context.apply(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
                return number.intValue();
            }
            try {
                return Integer.parseInt(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("context " + key + " must be an integer, was " + value, e);
            }
        }

        <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
            Object value = context.apply(key);
            if (value == null) {
                return fallback;
            }
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("context " + key + " must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", was " + value);
        }
    }
}
