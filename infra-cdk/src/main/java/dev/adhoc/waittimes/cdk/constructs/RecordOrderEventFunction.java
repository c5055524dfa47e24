package dev.adhoc.waittimes.cdk.constructs;

import dev.adhoc.waittimes.cdk.StackSettings;
import dev.adhoc.waittimes.cdk.StackSettings.SnapStartMode;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.ICfnConditionExpression;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The Java Lambda that records one order event (ADR 0003), running the handler of the stack's extension (ADR 0020): java21 on arm64 (Graviton: about 20 % cheaper per
 * GB-second than x86), SnapStart on a published version behind the alias {@code live} (where the region offers it),
 * a reserved concurrency, JSON logs into its own named log group with a retention, and a role that reaches only its
 * log group and three item-level actions on the table.
 */
public final class RecordOrderEventFunction extends Construct {
    /** The alias the workflow invokes: SnapStart snapshots published versions only, never {@code $LATEST}. */
    public static final String ALIAS = "live";
    /**
     * Ten seconds: an event costs at most four DynamoDB requests (tens of milliseconds); the rest is room for the
     * SDK's own retries under throttling. Longer would only let a stuck call burn money: the workflow retries a
     * timed-out attempt itself.
     */
    public static final Duration TIMEOUT = Duration.seconds(10);
    /**
     * C1 only: after a SnapStart restore the JVM still compiles hot code; stopping at tier 1 keeps those first
     * invocations short, and a handler this small gains nothing from C2.
     */
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    /**
     * The only table actions the handler needs: UpdateItem (a report), PutItem (a sample's place), GetItem (a record
     * after a refused report); windows are read by a Query of the rank index, bounded by what a window holds. No
     * Scan, no DeleteItem (TTL deletes for free).
     */
    public static final List<String> TABLE_ACTIONS =
            List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
    /** The only action on the rank index: its query (the index is named, so no {@code index/*} wildcard). */
    public static final List<String> RANK_INDEX_ACTIONS = List.of("dynamodb:Query");
    /**
     * Regions where Lambda does not offer SnapStart, as the Lambda Developer Guide lists them ("Supported Regions"):
     * Asia Pacific (Taipei) and Asia Pacific (New Zealand). Publishing a SnapStart version fails there.
     */
    public static final List<String> REGIONS_WITHOUT_SNAPSTART = List.of("ap-east-2", "ap-southeast-6");
    /** How far ahead of the function's clock an event's time may be (the contract's default: 5 minutes). */
    public static final int MAX_CLOCK_SKEW_SECONDS = 300;
    /** The CloudWatch namespace of the function's own metrics (Embedded Metric Format). */
    public static final String METRICS_NAMESPACE = "WaitTimesExtension";

    private final Function function;
    private final Alias alias;

    /**
     * @param table    the table the function reads and writes
     * @param settings the stack's settings (extension, bus, window, ceiling, mode, retention, jar, memory)
     */
    public RecordOrderEventFunction(Construct scope, String id, ITable table, StackSettings settings) {
        super(scope, id);
        LogGroup logs = MonthLogGroup.create(this, logGroupName(settings.stackName()));
        // Own role instead of the default: the managed AWSLambdaBasicExecutionRole may write to any log group.
        Role role = Role.Builder.create(this, "Role")
                .assumedBy(TrustedService.inThisAccount("lambda.amazonaws.com"))
                .description("Records order events: its own log group, three item actions on its own table")
                .build();
        logs.grantWrite(role);
        role.addToPolicy(PolicyStatement.Builder.create().actions(TABLE_ACTIONS)
                .resources(List.of(table.getTableArn())).build());
        role.addToPolicy(PolicyStatement.Builder.create().actions(RANK_INDEX_ACTIONS)
                .resources(List.of(table.getTableArn() + "/index/" + WaitTimesTable.RANK_INDEX)).build());

        this.function = Function.Builder.create(this, "Function")
                .description("Records one Serverlesspresso order event; returns the "
                        + settings.extension().eventName() + " entries to emit")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(settings.extension().handler())
                .code(Code.fromAsset(settings.lambdaJar().toString()))
                .memorySize(settings.lambdaMemoryMb())
                .timeout(TIMEOUT)
                .snapStart(settings.snapStart() == SnapStartMode.FALSE ? null : SnapStartConf.ON_PUBLISHED_VERSIONS)
                .reservedConcurrentExecutions(settings.reservedConcurrency().isPresent()
                        ? settings.reservedConcurrency().getAsInt() : null)
                .tracing(settings.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .role(role)
                .logGroup(logs)
                .loggingFormat(LoggingFormat.JSON)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                // WARN drops the platform's START/END/REPORT lines (three per invocation); CloudWatch metrics
                // still give duration and errors.
                .systemLogLevelV2(SystemLogLevel.WARN)
                .environment(environment(table, settings))
                .build();
        if (settings.snapStart() == SnapStartMode.AUTO) {
            withoutSnapStartWhereUnavailable((CfnFunction) function.getNode().getDefaultChild());
        }
        this.alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "The alias 'live' points at the published currentVersion, which SnapStart snapshots.");

        if (settings.tracing()) {
            NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no "
                            + "resource-level permissions, so the service requires Resource '*'.")
                    .appliesTo(List.of("Resource::*"))
                    .build()), true);
        }
        NagSuppressions.addResourceSuppressions(function, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-L1")
                .reason("java21 is the runtime fixed by ADR 0003 (an LTS runtime with SnapStart on arm64); the jar "
                        + "targets Java 17 bytecode and moves to a newer LTS runtime by a deliberate decision, not "
                        + "automatically.")
                .build()));
    }

    /** @return {@code /aws/lambda/<stack>-record-order-event}: where Lambda users look, one per stack */
    public static String logGroupName(String stackName) {
        return "/aws/lambda/" + stackName + "-record-order-event";
    }

    /**
     * The template stays region-agnostic: a condition on the deployment's region leaves SnapStart out where Lambda
     * does not offer it, instead of failing the deployment when the version is published.
     */
    private void withoutSnapStartWhereUnavailable(CfnFunction function) {
        ICfnConditionExpression[] regions = REGIONS_WITHOUT_SNAPSTART.stream()
                .map(region -> Fn.conditionEquals(Aws.REGION, region))
                .toArray(ICfnConditionExpression[]::new);
        CfnCondition unavailable = CfnCondition.Builder.create(this, "SnapStartUnavailable")
                .expression(Fn.conditionOr(regions))
                .build();
        function.addPropertyOverride("SnapStart", Fn.conditionIf(unavailable.getLogicalId(), Aws.NO_VALUE,
                Map.of("ApplyOn", "PublishedVersions")));
    }

    /**
     * The variables the extension's handler reads (the Lambda's {@code LambdaSettings}): the common ones, and the
     * extension's own (wait times: window, ceiling, retention; alerts: the threshold; throughput: none).
     */
    private static Map<String, String> environment(ITable table, StackSettings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TABLE_NAME", table.getTableName());
        env.put("EVENT_BUS_NAME", settings.busName());
        switch (settings.extension()) {
            case WAIT_TIMES -> {
                env.put("WINDOW_SIZE", Integer.toString(settings.windowSize()));
                env.put("MAX_WAIT_SECONDS", Integer.toString(settings.maxWaitSeconds()));
                env.put("ORDER_RETENTION_HOURS", Integer.toString(settings.orderRetentionHours()));
            }
            case ALERTS -> env.put("ALERT_THRESHOLD_SECONDS", Integer.toString(settings.alertThresholdSeconds()));
            case THROUGHPUT -> { }
        }
        env.put("COMPLETION_MODE", settings.completionMode().value());
        // events dated more than this ahead of the function's clock are rejected (TIME_AHEAD_OF_CLOCK)
        env.put("MAX_CLOCK_SKEW_SECONDS", Integer.toString(MAX_CLOCK_SKEW_SECONDS));
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        // The dimension Service of the function's metrics names the stack, so a test stack's rejections never count
        // in the production alarm (Powertools reads both variables).
        env.put("POWERTOOLS_METRICS_NAMESPACE", METRICS_NAMESPACE);
        env.put("POWERTOOLS_SERVICE_NAME", settings.stackName());
        return env;
    }

    /** @return the function (metrics and name) */
    public Function function() {
        return function;
    }

    /** @return the alias {@code live} on the SnapStart-published version, which the workflow invokes */
    public Alias alias() {
        return alias;
    }
}
