package dev.adhoc.waittimes.cdk.constructs;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.CustomState;
import software.amazon.awscdk.services.stepfunctions.CustomStateProps;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.Timeout;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.amazon.awscdk.services.stepfunctions.tasks.SqsSendMessage;
import software.constructs.Construct;

/**
 * The Express workflow around the Lambda (ADR 0003, ADR 0006): record the event, then emit what the handler
 * returned, or send what could not be handled to the dead-letter queue.
 *
 * <pre>
 * RecordOrderEvent ──(Catch: any error after retries)──> SendFailedEventToDlq ──> RecordingFailed (Fail)
 *   └─> RouteByStatus
 *         ├─ status = REJECTED ────> SendRejectedEventToDlq ──> entries[0] present? ──> EmitDrinkAverageTime
 *         │                                                    └─ otherwise ──> Rejected (Succeed)
 *         ├─ entries[0] present ───> EmitDrinkAverageTime ──> Emitted (Succeed)
 *         │                            └─(Catch)──> SendUnemittedEntriesToDlq ──> EmissionFailed (Fail)
 *         └─ otherwise ────────────> NothingToEmit (Succeed)
 * </pre>
 *
 * Every successful end outputs the handler's result ({@code status}, {@code entries}, {@code rejection}), which is
 * what {@code StartSyncExecution} returns.
 */
public final class RecordOrderEventWorkflow extends Construct {
    /** Where the handler's result goes in the state, next to nothing else (the event stays in the execution input). */
    public static final String RESULT_PATH = "$.result";
    /** Where PutEvents' response (event ids) goes in the state; the final output leaves it out. */
    public static final String EMISSION_PATH = "$.emission";
    /** Where a caught error goes in the state. */
    public static final String ERROR_PATH = "$.error";
    /** The Lambda's own retriable failures: throttling and service errors. */
    public static final List<String> LAMBDA_TRANSIENT_ERRORS = List.of(
            "Lambda.TooManyRequestsException",
            "Lambda.ServiceException",
            "Lambda.AWSLambdaException",
            "Lambda.SdkClientException",
            "Lambda.ClientExecutionTimeoutException");
    /** Bounds one attempt of the Lambda task: the function's own timeout (10 s) plus room to start it. */
    public static final Duration LAMBDA_TASK_TIMEOUT = Duration.seconds(15);
    /** Bounds one attempt of a PutEvents or SendMessage call (milliseconds when healthy). */
    public static final Duration SERVICE_CALL_TIMEOUT = Duration.seconds(5);
    /** Express workflows end after at most five minutes; the retries below add up to well under that (ADR 0006). */
    public static final Duration EXECUTION_TIMEOUT = Duration.minutes(5);

    private final StateMachine stateMachine;

    /**
     * @param function     the function to invoke (its alias on the SnapStart version)
     * @param deadLetters  where failed and rejected events go
     * @param bus          where {@code OrderManager.DrinkAverageTime} goes
     * @param logLevel     what the workflow logs ({@code ALL}, {@code ERROR}, {@code FATAL}, {@code OFF})
     * @param tracing      whether X-Ray traces executions
     */
    public RecordOrderEventWorkflow(Construct scope, String id, IFunction function, IQueue deadLetters,
                                    IEventBus bus, String logLevel, boolean tracing) {
        super(scope, id);

        // The event is passed to the handler exactly as the rule delivered it; payloadResponseOnly makes the
        // task's result the handler's JSON itself (no Payload/StatusCode envelope).
        LambdaInvoke record = LambdaInvoke.Builder.create(this, "RecordOrderEvent")
                .lambdaFunction(function)
                .payloadResponseOnly(true)
                .retryOnServiceExceptions(false) // replaced by the explicit retriers below
                .taskTimeout(Timeout.duration(LAMBDA_TASK_TIMEOUT))
                .resultPath(RESULT_PATH)
                .build();
        record.addRetry(RetryProps.builder()
                .errors(LAMBDA_TRANSIENT_ERRORS)
                .interval(Duration.seconds(1)).backoffRate(2).maxAttempts(5)
                .maxDelay(Duration.seconds(16)).jitterStrategy(JitterType.FULL)
                .build());
        // Anything else the handler throws (e.g. DynamoDB unreachable after the SDK's retries) or a task time-out:
        // retried a little, safely, because the handler is idempotent.
        record.addRetry(RetryProps.builder()
                .errors(List.of("States.ALL"))
                .interval(Duration.seconds(2)).backoffRate(2).maxAttempts(2)
                .jitterStrategy(JitterType.FULL)
                .build());
        record.addCatch(
                deadLetter("SendFailedEventToDlq", deadLetters, Map.of(
                        "reason", "RECORDING_FAILED",
                        "error", JsonPath.objectAt(ERROR_PATH)))
                        .next(Fail.Builder.create(this, "RecordingFailed")
                                .errorPath(ERROR_PATH + ".Error").causePath(ERROR_PATH + ".Cause").build()),
                CatchProps.builder().errors(List.of("States.ALL")).resultPath(ERROR_PATH).build());

        // The optimized integration (not aws-sdk:eventbridge) fails the task with EventBridge.FailedEntry when an
        // entry is refused. The L2 EventBridgePutEvents task only takes a fixed list, so this is raw ASL.
        Map<String, Object> putEvents = new LinkedHashMap<>();
        putEvents.put("Type", "Task");
        putEvents.put("Resource", "arn:" + Aws.PARTITION + ":states:::events:putEvents");
        putEvents.put("Parameters", Map.of("Entries.$", RESULT_PATH + ".entries"));
        putEvents.put("TimeoutSeconds", SERVICE_CALL_TIMEOUT.toSeconds());
        // Beside the handler's result, not over it (a null ResultPath would not survive jsii's serialization).
        putEvents.put("ResultPath", EMISSION_PATH);
        CustomState emit = new CustomState(this, "EmitDrinkAverageTime",
                CustomStateProps.builder().stateJson(putEvents).build());
        emit.addRetry(RetryProps.builder()
                .errors(List.of("States.ALL"))
                .interval(Duration.seconds(1)).backoffRate(2).maxAttempts(4)
                .maxDelay(Duration.seconds(8)).jitterStrategy(JitterType.FULL)
                .build());
        // A retry of the same event would be a duplicate and emit nothing: keep the entries themselves.
        emit.addCatch(
                deadLetter("SendUnemittedEntriesToDlq", deadLetters, Map.of(
                        "reason", "EMISSION_FAILED",
                        "entries", JsonPath.listAt(RESULT_PATH + ".entries"),
                        "error", JsonPath.objectAt(ERROR_PATH)))
                        .next(Fail.Builder.create(this, "EmissionFailed")
                                .errorPath(ERROR_PATH + ".Error").causePath(ERROR_PATH + ".Cause").build()),
                CatchProps.builder().errors(List.of("States.ALL")).resultPath(ERROR_PATH).build());
        emit.next(succeed("Emitted"));

        Choice route = Choice.Builder.create(this, "RouteByStatus").build()
                .when(Condition.stringEquals(RESULT_PATH + ".status", "REJECTED"),
                        deadLetter("SendRejectedEventToDlq", deadLetters, Map.of(
                                "reason", "REJECTED",
                                "rejection", JsonPath.objectAt(RESULT_PATH + ".rejection")))
                                // A rejected event can still change a window (an invalid earlier report withdraws
                                // a counted sample): its entries are emitted too.
                                .next(Choice.Builder.create(this, "EmitAfterRejection").build()
                                        .when(Condition.isPresent(RESULT_PATH + ".entries[0]"), emit)
                                        .otherwise(succeed("Rejected"))))
                .when(Condition.isPresent(RESULT_PATH + ".entries[0]"), emit)
                .otherwise(succeed("NothingToEmit"));

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .comment("Records one order event and emits OrderManager.DrinkAverageTime")
                .stateMachineType(StateMachineType.EXPRESS)
                .definitionBody(DefinitionBody.fromChainable(record.next(route)))
                .timeout(EXECUTION_TIMEOUT)
                .tracingEnabled(tracing)
                .logs(LogOptions.builder()
                        .destination(logs)
                        .level(LogLevel.valueOf(logLevel))
                        .includeExecutionData(true)
                        .build())
                .build();
        bus.grantPutEventsTo(stateMachine);

        List<NagPackSuppression> suppressions = new ArrayList<>();
        suppressions.add(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Log delivery (logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, "
                        + "ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies, DescribeLogGroups) and "
                        + "X-Ray (xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules, GetSamplingTargets) "
                        + "support no resource-level permissions: the services require Resource '*'.")
                .appliesTo(List.of("Resource::*"))
                .build());
        if (!logLevel.equals("ALL")) {
            suppressions.add(NagPackSuppression.builder()
                    .id("AwsSolutions-SF1")
                    .reason("Logs ERROR with execution data by default (context workflowLogLevel=ALL to debug): "
                            + "ALL writes about ten log events per execution, which would cost more than the "
                            + "workflow itself, and every failed or rejected event also reaches the dead-letter "
                            + "queue with its reason.")
                    .build());
        }
        if (!tracing) {
            suppressions.add(NagPackSuppression.builder()
                    .id("AwsSolutions-SF2")
                    .reason("X-Ray tracing was switched off by context (tracing=false) to save its cost; "
                            + "failures still reach the logs and the dead-letter queue.")
                    .build());
        }
        NagSuppressions.addResourceSuppressions(stateMachine, suppressions, true);
    }

    /** A task that sends the execution's input (the event as delivered) plus {@code fields} to the queue. */
    private SqsSendMessage deadLetter(String id, IQueue queue, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", JsonPath.objectAt("$$.Execution.Input"));
        body.put("executionArn", JsonPath.stringAt("$$.Execution.Id"));
        body.putAll(fields);
        SqsSendMessage send = SqsSendMessage.Builder.create(this, id)
                .queue(queue)
                .messageBody(TaskInput.fromObject(body))
                .taskTimeout(Timeout.duration(SERVICE_CALL_TIMEOUT))
                .resultPath(JsonPath.DISCARD)
                .build();
        send.addRetry(RetryProps.builder()
                .errors(List.of("States.ALL"))
                .interval(Duration.seconds(1)).backoffRate(2).maxAttempts(3)
                .jitterStrategy(JitterType.FULL)
                .build());
        return send;
    }

    /** A successful end whose output is the handler's result. */
    private Succeed succeed(String id) {
        return Succeed.Builder.create(this, id).outputPath(RESULT_PATH).build();
    }

    /** @return the Express state machine */
    public StateMachine stateMachine() {
        return stateMachine;
    }
}
