package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Extension;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Format;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Publish;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig.Store;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The options of the extension that both commands share: which extension, its settings, its store, its bus and the
 * output format.
 */
public final class ExtensionOptions {
    private static final Pattern BUS_NAME = Pattern.compile("[A-Za-z0-9._/-]{1,256}");

    @Option(names = "--extension", paramLabel = "wait-times|alerts|throughput", defaultValue = "wait-times",
            converter = ExtensionConverter.class,
            description = "the extension to run: wait-times = the average, p50 and p90 wait per tenant and drink "
                    + "(OrderManager.DrinkAverageTime); alerts = a drink's p90 wait over its last 20 completions "
                    + "crossing --alert-threshold (OrderManager.WaitTimeAlert); throughput = orders completed per "
                    + "tenant in the 15 minutes up to its latest completion (OrderManager.Throughput) "
                    + "(default ${DEFAULT-VALUE})")
    Extension extension;

    @Option(names = "--alert-threshold", paramLabel = "SECONDS", defaultValue = "300",
            description = "with --extension alerts: the p90 wait above which a drink is alerted (0-86400, default "
                    + "${DEFAULT-VALUE})")
    long alertThresholdSeconds;

    @Option(names = "--window", paramLabel = "N", defaultValue = "10",
            description = "window size: the last N completed orders per tenant and drink are averaged (1-1000, default ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--max-wait", paramLabel = "SECONDS", defaultValue = "900",
            description = "ceiling above which a wait is rejected (1-86400, default ${DEFAULT-VALUE})")
    long maxWaitSeconds;

    @Option(names = "--max-clock-skew", paramLabel = "SECONDS", defaultValue = "300",
            description = "events dated more than this ahead of the wall clock are rejected as TIME_AHEAD_OF_CLOCK "
                    + "(0-86400, default ${DEFAULT-VALUE})")
    long maxClockSkewSeconds;

    @Option(names = "--completion", paramLabel = "completed|finished", defaultValue = "completed",
            description = "which events count as completion (contract section 2): completed = OrderManager.Order*-COMPLETED "
                    + "and OrderManager.OrderCompleted; finished = also OrderProcessor.orderFinished, as the reference "
                    + "extension did, still excluding cancelled or timed-out orders (default ${DEFAULT-VALUE})")
    CompletionMode completion;

    @Option(names = "--store", paramLabel = "memory|dynamodb", defaultValue = "memory",
            description = "where the extension's state lives (default ${DEFAULT-VALUE})")
    Store store;

    @Option(names = "--dynamodb-endpoint", paramLabel = "URL", converter = Converters.Endpoint.class,
            description = "DynamoDB endpoint override, e.g. a local dynalite at http://localhost:8000 (default: the region's)")
    URI dynamoDbEndpoint;

    @Option(names = "--table", paramLabel = "NAME", defaultValue = ExtensionConfig.DEFAULT_TABLE,
            description = "DynamoDB table (default ${DEFAULT-VALUE})")
    String table;

    @Option(names = "--region", paramLabel = "R",
            description = "AWS region (default: the SDK's chain, AWS_REGION or the profile; any region against a local endpoint)")
    String region;

    @Option(names = "--create-table", description = "create the DynamoDB table if it is missing")
    boolean createTable;

    @Option(names = "--publish", paramLabel = "stdout|eventbridge", defaultValue = "stdout",
            description = "where updates go: stdout only, or also an EventBridge bus (default ${DEFAULT-VALUE})")
    Publish publish;

    @Option(names = "--bus", paramLabel = "NAME", defaultValue = ExtensionConfig.DEFAULT_BUS,
            description = "EventBridge bus (default ${DEFAULT-VALUE})")
    String bus;

    @Option(names = "--eventbridge-endpoint", paramLabel = "URL", converter = Converters.Endpoint.class,
            description = "EventBridge endpoint override (default: the region's)")
    URI eventBridgeEndpoint;

    @Option(names = "--format", paramLabel = "table|jsonl", defaultValue = "table",
            description = "table: a live table per tenant and drink, progress and a summary; jsonl: exactly one line "
                    + "per emitted update on stdout, the PutEvents-shaped event, with rejections and the summary on "
                    + "stderr (default ${DEFAULT-VALUE})")
    Format format;

    /**
     * @param commandLine the command, for usage errors and to tell given options from defaults
     * @return the configuration
     * @throws ParameterException on a value out of range or an option that does not apply
     */
    ExtensionConfig toConfig(CommandLine commandLine) {
        requireBetween(commandLine, "--window", window, 1, 1000, "");
        requireBetween(commandLine, "--max-wait", maxWaitSeconds, 1, 86_400, " seconds");
        requireBetween(commandLine, "--max-clock-skew", maxClockSkewSeconds, 0, 86_400, " seconds");
        try {
            new WaitTimesTable(table);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--table: " + e.getMessage());
        }
        if (!BUS_NAME.matcher(bus).matches()) {
            throw new ParameterException(commandLine, "--bus: '" + bus + "' is not an EventBridge bus name "
                    + "(1-256 letters, digits, '.', '-', '_' or '/')");
        }
        if (extension != Extension.WAIT_TIMES) {
            requireAbsent(commandLine, "--extension wait-times", "--window", "--max-wait", "--completion");
            if (publish == Publish.EVENTBRIDGE) {
                throw new ParameterException(commandLine, "--publish eventbridge applies only with --extension "
                        + "wait-times (replay puts its wait-time updates on the bus; simulate puts order events there "
                        + "and runs no extension)");
            }
        }
        if (extension != Extension.ALERTS) {
            requireAbsent(commandLine, "--extension alerts", "--alert-threshold");
        }
        requireBetween(commandLine, "--alert-threshold", alertThresholdSeconds, 0, 86_400, " seconds");
        if (store != Store.DYNAMODB) {
            requireAbsent(commandLine, "--store dynamodb", "--dynamodb-endpoint", "--table", "--create-table");
        }
        if (publish != Publish.EVENTBRIDGE) {
            requireAbsent(commandLine, "--publish eventbridge", "--bus", "--eventbridge-endpoint");
        }
        if (store != Store.DYNAMODB && publish != Publish.EVENTBRIDGE) {
            requireAbsent(commandLine, "--store dynamodb or --publish eventbridge", "--region");
        }
        WaitTimeSettings settings = WaitTimeSettings.DEFAULTS.withWindowSize(window)
                .withMaxWait(Duration.ofSeconds(maxWaitSeconds)).withCompletionMode(completion);
        return new ExtensionConfig(settings, store, Optional.ofNullable(dynamoDbEndpoint), table,
                Optional.ofNullable(region), createTable, publish, bus, Optional.ofNullable(eventBridgeEndpoint), format,
                Duration.ofSeconds(maxClockSkewSeconds), extension, Duration.ofSeconds(alertThresholdSeconds));
    }

    /** @throws ParameterException "OPTION must be between MIN and MAX[UNIT], was VALUE" if the value is out of range */
    static void requireBetween(CommandLine commandLine, String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new ParameterException(commandLine, option + " must be between " + min + " and " + max + unit
                    + ", was " + value);
        }
    }

    static void requireAbsent(CommandLine commandLine, String needs, String... options) {
        for (String option : options) {
            if (commandLine.getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(commandLine, option + " applies only with " + needs);
            }
        }
    }

    /** The extensions by the names {@code --extension} gives them. */
    static final class ExtensionConverter implements CommandLine.ITypeConverter<Extension> {
        @Override
        public Extension convert(String value) {
            return Arrays.stream(Extension.values()).filter(e -> e.optionName().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("expected " + Arrays.stream(
                            Extension.values()).map(Extension::optionName).collect(Collectors.joining(" or "))
                            + ", was '" + value + "'"));
        }
    }
}
