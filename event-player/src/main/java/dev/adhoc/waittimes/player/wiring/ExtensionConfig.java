package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.contract.ClockSkewRule;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensions.throughput.Throughput;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the extension: which one, its settings, where its state lives, where its updates go and how they are
 * shown.
 *
 * @param settings            window size, wait ceiling, completion mode (wait times)
 * @param store               in memory or DynamoDB
 * @param dynamoDbEndpoint    an endpoint override for DynamoDB (a local server), or empty for the region's
 * @param table               the DynamoDB table
 * @param region              the AWS region, or empty for the SDK's default chain
 * @param createTable         whether to create the table if it is missing
 * @param publish             stdout only, or also an EventBridge bus
 * @param bus                 the bus's name
 * @param eventBridgeEndpoint an endpoint override for EventBridge, or empty for the region's
 * @param format              how stdout shows the updates
 * @param maxClockSkew        how far ahead of the wall clock an event's time may be before it is rejected
 * @param extension           which extension runs
 * @param alertThreshold      the p90 above which wait-time alerts are raised
 */
public record ExtensionConfig(WaitTimeSettings settings, Store store, Optional<URI> dynamoDbEndpoint, String table,
                              Optional<String> region, boolean createTable, Publish publish, String bus,
                              Optional<URI> eventBridgeEndpoint, Format format, Duration maxClockSkew,
                              Extension extension, Duration alertThreshold) {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "wait-times";
    /** The default bus name: Serverlesspresso's. */
    public static final String DEFAULT_BUS = "Serverlesspresso";

    /** The extensions the player runs, each a configuration of core's engine with its own store prefix. */
    public enum Extension {
        /** Wait times per tenant and drink ({@code OrderManager.DrinkAverageTime}), the default. */
        WAIT_TIMES("wait-times", WaitTimesService.NAME),
        /** A drink's p90 wait crossing a threshold ({@code OrderManager.WaitTimeAlert}). */
        ALERTS("alerts", WaitTimeAlerts.NAME),
        /** Orders completed per tenant in the last 15 minutes ({@code OrderManager.Throughput}). */
        THROUGHPUT("throughput", Throughput.NAME);

        private final String optionName;
        private final String storePrefix;

        Extension(String optionName, String storePrefix) {
            this.optionName = optionName;
            this.storePrefix = storePrefix;
        }

        /** @return how {@code --extension} names it */
        public String optionName() {
            return optionName;
        }

        /** @return the prefix of its keys in a shared table: its configuration's name */
        public String storePrefix() {
            return storePrefix;
        }
    }

    /** Where the extension's state lives. */
    public enum Store {
        /** In this process: fast, gone at exit. */
        MEMORY,
        /** The DynamoDB adapter: a real table, or a local server. */
        DYNAMODB
    }

    /** Where updates go. */
    public enum Publish {
        /** Only to stdout, in the chosen format. */
        STDOUT,
        /** To an EventBridge bus, and to stdout in the chosen format. */
        EVENTBRIDGE
    }

    /** How stdout shows the run. */
    public enum Format {
        /** A human view: a table per tenant and drink, progress and a summary. */
        TABLE,
        /** One line per update, the PutEvents-shaped event, and nothing else. */
        JSONL
    }

    /** @throws NullPointerException if a component is null */
    public ExtensionConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(publish, "publish");
        Objects.requireNonNull(bus, "bus");
        Objects.requireNonNull(eventBridgeEndpoint, "eventBridgeEndpoint");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(alertThreshold, "alertThreshold");
    }

    /** @return the defaults of every option: wait times, in memory, stdout, a table */
    public static ExtensionConfig defaults() {
        return new ExtensionConfig(WaitTimeSettings.DEFAULTS, Store.MEMORY, Optional.empty(), DEFAULT_TABLE,
                Optional.empty(), false, Publish.STDOUT, DEFAULT_BUS, Optional.empty(), Format.TABLE,
                ClockSkewRule.DEFAULT_MAX_SKEW, Extension.WAIT_TIMES, WaitTimeAlertEntries.DEFAULT_THRESHOLD);
    }
}
