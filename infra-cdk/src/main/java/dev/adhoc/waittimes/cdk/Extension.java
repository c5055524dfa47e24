package dev.adhoc.waittimes.cdk;

import java.util.Arrays;
import java.util.List;

/**
 * The extension a stack deploys (context {@code extension}, default {@code wait-times}): every extension runs the same
 * rule, workflow, function, table and queues; they differ in the handler class the function runs, the stack's default
 * name, the environment variables of their own, and the one event the workflow may put on the bus. infra-cdk compiles
 * against none of our modules, so the handler classes are named here as text (ADR 0020).
 */
public enum Extension {
    /** Rolling average wait per tenant and drink: {@code OrderManager.DrinkAverageTime}. */
    WAIT_TIMES("wait-times", "wait-times", "RecordOrderEventHandler", "WaitTimesExtension",
            "OrderManager.DrinkAverageTime", "rolling average wait per tenant and drink"),
    /** A drink's p90 wait crossing a threshold: {@code OrderManager.WaitTimeAlert}. */
    ALERTS("alerts", "wait-time-alerts", "WaitTimeAlertsHandler", "WaitTimeAlertsExtension",
            "OrderManager.WaitTimeAlert", "a drink's p90 wait crossing a threshold"),
    /** Completed orders per tenant over the last 15 minutes: {@code OrderManager.Throughput}. */
    THROUGHPUT("throughput", "throughput", "ThroughputHandler", "ThroughputExtension",
            "OrderManager.Throughput", "completed orders per tenant over the last 15 minutes");

    private static final String HANDLER_PACKAGE = "dev.adhoc.waittimes.aws.lambda.";

    private final String contextValue;
    private final String engineName;
    private final String handlerClass;
    private final String defaultStackName;
    private final String emittedDetailType;
    private final String summary;

    Extension(String contextValue, String engineName, String handlerClass, String defaultStackName,
              String emittedDetailType, String summary) {
        this.contextValue = contextValue;
        this.engineName = engineName;
        this.handlerClass = handlerClass;
        this.defaultStackName = defaultStackName;
        this.emittedDetailType = emittedDetailType;
        this.summary = summary;
    }

    /**
     * @param value the context value ({@code wait-times}, {@code alerts} or {@code throughput}), or null
     * @return the extension; wait times if the value is null
     * @throws IllegalArgumentException naming the context key and the values it takes
     */
    public static Extension fromContext(Object value) {
        if (value == null) {
            return WAIT_TIMES;
        }
        String text = String.valueOf(value).trim();
        return Arrays.stream(values()).filter(e -> e.contextValue.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("context extension must be one of "
                        + Arrays.stream(values()).map(Extension::contextValue).toList() + ", was " + value));
    }

    /** @return what {@code -c extension=...} names it */
    public String contextValue() {
        return contextValue;
    }

    /**
     * @return the extension's name in the events catalog ({@code x-emitted-by}) and the prefix of its keys in the
     *         table
     */
    public String engineName() {
        return engineName;
    }

    /** @return the Lambda handler, {@code <class>::handleRequest} */
    public String handler() {
        return HANDLER_PACKAGE + handlerClass + "::handleRequest";
    }

    /** @return the stack's name unless context {@code stackName} says otherwise: its production stack */
    public String defaultStackName() {
        return defaultStackName;
    }

    /** @return every detail-type the extension's function returns entries for: the workflow may put these only */
    public List<String> emittedDetailTypes() {
        return List.of(emittedDetailType);
    }

    /** @return the emitted event's name without its {@code OrderManager.} prefix ({@code DrinkAverageTime}) */
    public String eventName() {
        return emittedDetailType.substring(emittedDetailType.indexOf('.') + 1);
    }

    /** @return what the extension computes, for descriptions */
    public String summary() {
        return summary;
    }

    /** @return whether the name is one extension's production stack (a stack with a test bus must not take it) */
    static boolean isProductionStackName(String stackName) {
        return Arrays.stream(values()).anyMatch(e -> e.defaultStackName.equals(stackName));
    }
}
