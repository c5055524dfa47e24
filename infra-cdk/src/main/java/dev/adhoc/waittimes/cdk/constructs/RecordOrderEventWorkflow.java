package dev.adhoc.waittimes.cdk.constructs;

import dev.adhoc.waittimes.cdk.EmittedEvents;
import dev.adhoc.waittimes.cdk.StackSettings;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
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
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.Result;
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
 * returned; report a rejection to the rejection queue, and send what could not be handled to the dead-letter queue.
 *
 * <pre>
 * RecordOrderEvent ──(Catch: any error after retries)──> RedactFailedEvent ──> SendFailedEventToDlq ──> RecordingFailed
 *   └─> RouteByStatus
 *         ├─ status = REJECTED ────> SendRejectionToQueue ──> EmitAfterRejection
 *         │                                                     ├─ entries[0] present ──> EmitDrinkAverageTime
 *         │                                                     └─ otherwise ──> Rejected (Succeed)
 *         ├─ entries[0] present ───> EmitDrinkAverageTime ──> Emitted (Succeed)
 *         │                            └─(Catch)──> RedactUnemittedEvent ──> SendUnemittedEntriesToDlq ──> EmissionFailed
 *         └─ otherwise ────────────> NothingToEmit (Succeed)
 * </pre>
 *
 * Every successful end outputs the handler's result ({@code status}, {@code entries}, {@code rejection}), which is
 * what {@code StartSyncExecution} returns. No message carries a customer's id: a rejection is reported from the
 * handler's {@code rejection} alone, and a failure carries the event with {@link #REDACTED_DETAIL_FIELDS} replaced.
 */
public final class RecordOrderEventWorkflow extends Construct {
    /** Where the handler's result goes in the state, next to nothing else (the event stays in the execution input). */
    public static final String RESULT_PATH = "$.result";
    /** Where PutEvents' response (event ids) goes in the state; the final output leaves it out. */
    public static final String EMISSION_PATH = "$.emission";
    /** Where a caught error goes in the state. */
    public static final String ERROR_PATH = "$.error";
    /** Where the fields that replace the event's personal data go in the state, on the way to the dead-letter queue. */
    public static final String REDACTION_PATH = "$.redaction";
    /**
     * Detail fields of the consumed events that a dead-letter message must not keep: the customer's id, and the core
     * app's task token (which could complete its order workflow). The extension reads neither.
     */
    public static final List<String> REDACTED_DETAIL_FIELDS = List.of("userId", "TaskToken");
    /** What replaces a redacted field (a string, so that the redriven event still matches the events catalog). */
    public static final String REDACTED = "(removed)";
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
     * @param deadLetters  where failed events and unemitted entries go
     * @param rejections   where rejections are reported
     * @param bus          where the extension's event ({@code OrderManager.DrinkAverageTime} for wait times) goes
     * @param settings     the stack's name, the workflow's log level and execution data, tracing
     */
    public RecordOrderEventWorkflow(Construct scope, String id, IFunction function, IQueue deadLetters,
                                    IQueue rejections, IEventBus bus, StackSettings settings) {
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
        // Throttling (the function's reserved concurrency reached) is retried here, with backoff.
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
                redact("RedactFailedEvent")
                        .next(deadLetter("SendFailedEventToDlq", deadLetters, "RECORDING_FAILED", Map.of()))
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
        CustomState emit = new CustomState(this, "Emit" + settings.extension().eventName(),
                CustomStateProps.builder().stateJson(putEvents).build());
        emit.addRetry(RetryProps.builder()
                .errors(List.of("States.ALL"))
                .interval(Duration.seconds(1)).backoffRate(2).maxAttempts(4)
                .maxDelay(Duration.seconds(8)).jitterStrategy(JitterType.FULL)
                .build());
        // A retry of the same event would be a duplicate and emit nothing: keep the entries themselves.
        emit.addCatch(
                redact("RedactUnemittedEvent")
                        .next(deadLetter("SendUnemittedEntriesToDlq", deadLetters, "EMISSION_FAILED",
                                Map.of("entries", JsonPath.listAt(RESULT_PATH + ".entries"))))
                        .next(Fail.Builder.create(this, "EmissionFailed")
                                .errorPath(ERROR_PATH + ".Error").causePath(ERROR_PATH + ".Cause").build()),
                CatchProps.builder().errors(List.of("States.ALL")).resultPath(ERROR_PATH).build());
        emit.next(succeed("Emitted"));

        Choice route = Choice.Builder.create(this, "RouteByStatus").build()
                .when(Condition.stringEquals(RESULT_PATH + ".status", "REJECTED"),
                        send("SendRejectionToQueue", rejections, Map.of(
                                "executionName", JsonPath.stringAt("$$.Execution.Name"),
                                "rejection", JsonPath.objectAt(RESULT_PATH + ".rejection")))
                                // A rejected event can still change a window (an invalid earlier report withdraws
                                // a counted sample): its entries are emitted too.
                                .next(Choice.Builder.create(this, "EmitAfterRejection").build()
                                        .when(Condition.isPresent(RESULT_PATH + ".entries[0]"), emit)
                                        .otherwise(succeed("Rejected"))))
                .when(Condition.isPresent(RESULT_PATH + ".entries[0]"), emit)
                .otherwise(succeed("NothingToEmit"));

        // Named under /aws/vendedlogs/: Step Functions then needs no entry of its own in the account's CloudWatch
        // Logs resource policy, whose 5,120 characters the core app's logged state machines share.
        LogGroup logs = MonthLogGroup.create(this, logGroupName(settings.stackName()));
        Role role = Role.Builder.create(this, "StateMachineRole")
                .assumedBy(TrustedService.inThisAccount("states.amazonaws.com"))
                .description("Runs the " + settings.extension().contextValue() + " workflow: invokes its function, "
                        + "emits its events, reports to its queues")
                .build();
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .comment("Records one order event and emits "
                        + String.join(", ", EmittedEvents.detailTypes(settings.extension())))
                .stateMachineType(StateMachineType.EXPRESS)
                .definitionBody(DefinitionBody.fromChainable(record.next(route)))
                .timeout(EXECUTION_TIMEOUT)
                .tracingEnabled(settings.tracing())
                .role(role)
                .logs(LogOptions.builder()
                        .destination(logs)
                        .level(LogLevel.valueOf(settings.workflowLogLevel()))
                        .includeExecutionData(settings.workflowExecutionData())
                        .build())
                .build();
        // The extension's own events only: it can never put an event of the core app on the bus.
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("events:PutEvents"))
                .resources(List.of(bus.getEventBusArn()))
                .conditions(Map.of("StringEquals", Map.of(
                        "events:source", EmittedEvents.SOURCE,
                        "events:detail-type", EmittedEvents.detailTypes(settings.extension()))))
                .build());

        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Log delivery (logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, "
                        + "ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies, DescribeLogGroups) and "
                        + "X-Ray (xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules, GetSamplingTargets) "
                        + "support no resource-level permissions: the services require Resource '*'.")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
        List<NagPackSuppression> suppressions = new ArrayList<>();
        if (!settings.workflowLogLevel().equals("ALL")) {
            suppressions.add(NagPackSuppression.builder()
                    .id("AwsSolutions-SF1")
                    .reason("Logs ERROR by default (context workflowLogLevel=ALL to debug): ALL writes about ten "
                            + "log events per execution, which would cost more than the workflow itself, and every "
                            + "failed event also reaches the dead-letter queue, every rejection the rejection queue.")
                    .build());
        }
        if (!settings.tracing()) {
            suppressions.add(NagPackSuppression.builder()
                    .id("AwsSolutions-SF2")
                    .reason("X-Ray tracing was switched off by context (tracing=false) to save its cost; "
                            + "failures still reach the logs and the dead-letter queue.")
                    .build());
        }
        if (!suppressions.isEmpty()) {
            NagSuppressions.addResourceSuppressions(stateMachine, suppressions, true);
        }
    }

    /** @return {@code /aws/vendedlogs/states/<stack>-workflow}, the prefix AWS asks vended logs to use */
    public static String logGroupName(String stackName) {
        return "/aws/vendedlogs/states/" + stackName + "-workflow";
    }

    /** Puts the values that replace the event's personal data beside it, for {@link #deadLetter}. */
    private Pass redact(String id) {
        Map<String, Object> replacements = new LinkedHashMap<>();
        REDACTED_DETAIL_FIELDS.forEach(field -> replacements.put(field, REDACTED));
        return Pass.Builder.create(this, id)
                .result(Result.fromObject(replacements))
                .resultPath(REDACTION_PATH)
                .build();
    }

    /**
     * A task that sends a failure to the dead-letter queue: its reason, the execution, the event as delivered
     * (envelope and detail, with the {@link #REDACTED_DETAIL_FIELDS} replaced, which is enough to redrive it), the
     * caught error, and {@code fields}.
     */
    private SqsSendMessage deadLetter(String id, IQueue queue, String reason, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", JsonPath.stringAt("$.id"));
        event.put("source", JsonPath.stringAt("$.source"));
        event.put("detail-type", JsonPath.stringAt("$['detail-type']"));
        event.put("time", JsonPath.stringAt("$.time"));
        event.put("detail", JsonPath.jsonMerge(JsonPath.objectAt("$.detail"), JsonPath.objectAt(REDACTION_PATH)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("executionArn", JsonPath.stringAt("$$.Execution.Id"));
        body.put("event", event);
        body.putAll(fields);
        body.put("error", JsonPath.objectAt(ERROR_PATH));
        return send(id, queue, body);
    }

    /** A task that sends {@code body} to the queue, retried, leaving the state as it was. */
    private SqsSendMessage send(String id, IQueue queue, Map<String, Object> body) {
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
