package dev.adhoc.waittimes.cdk.constructs;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.Operation;
import software.amazon.awscdk.services.dynamodb.OperationsMetricOptions;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.IRule;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * The alarms, each notifying the alarm topic; no data means no trouble. Three kinds (infra-cdk/README.md, "Operating
 * it", says what to do for each):
 * <ul>
 *   <li>loss or failure, on the first occurrence in five minutes: a message arriving in the dead-letter queue (its
 *       arrivals, not its depth, so one old message does not hide the next), a failed or timed-out execution, a
 *       function error; and a failure left unhandled for a week, half the queue's retention;</li>
 *   <li>throttling, which the workflow, the SDK and EventBridge retry: only when it goes on, in two of three
 *       five-minute periods (Lambda, DynamoDB, Step Functions, the rule's deliveries);</li>
 *   <li>the rejection rate, from the function's own metrics: a systematic fault of a producer.</li>
 * </ul>
 */
public final class OperationalAlarms extends Construct {
    private static final Duration PERIOD = Duration.minutes(5);
    /** The table actions the function uses (its role has no other), as DynamoDB's Operation dimension names them. */
    private static final List<Operation> TABLE_OPERATIONS =
            List.of(Operation.GET_ITEM, Operation.PUT_ITEM, Operation.QUERY, Operation.UPDATE_ITEM);
    /** Half of the dead-letter queue's 14-day retention: a week left to redrive before messages expire. */
    public static final Duration UNHANDLED_FAILURE_AGE = Duration.days(7);
    /** Rejected events as a percentage of started executions, over {@link #REJECTION_RATE_PERIOD}. */
    public static final int REJECTION_RATE_PERCENT = 5;
    /** Below this many executions in a period the rate is not judged (one rejection in three events is noise). */
    public static final int REJECTION_RATE_MIN_EVENTS = 20;
    /** Long enough for a quiet bar to reach the minimum number of events. */
    public static final Duration REJECTION_RATE_PERIOD = Duration.minutes(15);

    private final ITopic topic;
    private final String namePrefix;

    /** What the alarms watch. */
    public record Watched(IQueue deadLetters, IStateMachine workflow, IFunction function, ITable table, IRule rule,
                          IEventBus bus) {
    }

    /**
     * @param watched          the resources
     * @param topic            notified when an alarm fires
     * @param stackName        prefixes the alarms' names, and is the dimension {@code Service} of the function's metrics
     * @param metricsNamespace the namespace of the function's metrics
     */
    public OperationalAlarms(Construct scope, String id, Watched watched, ITopic topic, String stackName,
                             String metricsNamespace) {
        super(scope, id);
        this.topic = topic;
        this.namePrefix = stackName + "-";

        firstOccurrence("DeadLetterMessagesArrived", "Failures arrived in the dead-letter queue: read them, fix the "
                        + "cause, redrive them (README: Operating it)",
                watched.deadLetters().metricNumberOfMessagesSent(options(Stats.SUM)));
        alarm("DeadLetterMessagesUnhandled", "A dead-letter message waits for a week: redrive or delete it before "
                        + "it expires", watched.deadLetters().metricApproximateAgeOfOldestMessage(options(Stats.MAXIMUM)),
                UNHANDLED_FAILURE_AGE.toSeconds().doubleValue(), 1, 1);
        firstOccurrence("WorkflowExecutionsFailed", "Workflow executions failed (their event is in the dead-letter "
                + "queue unless sending it failed too)", watched.workflow().metricFailed(options(Stats.SUM)));
        firstOccurrence("WorkflowExecutionsTimedOut", "Workflow executions timed out: their event was not recorded",
                watched.workflow().metricTimedOut(options(Stats.SUM)));
        firstOccurrence("FunctionErrors", "The Lambda threw (the workflow retries; see its logs)",
                watched.function().metricErrors(options(Stats.SUM)));

        lasting("FunctionThrottles", "The Lambda is throttled at its reserved concurrency for minutes (the workflow "
                + "retries; raise reservedConcurrency if it goes on)", watched.function().metricThrottles(
                options(Stats.SUM)));
        lasting("TableThrottledRequests", "DynamoDB throttles the table for minutes (the SDK and the workflow "
                + "retry)", watched.table().metricThrottledRequestsForOperations(OperationsMetricOptions.builder()
                .operations(TABLE_OPERATIONS).period(PERIOD).build()));
        lasting("WorkflowExecutionsThrottled", "Step Functions throttles the workflow for minutes",
                watched.workflow().metricThrottled(options(Stats.SUM)));
        lasting("EventDeliveryRetried", "EventBridge keeps retrying to start the workflow (throttled or refused; "
                        + "after 24 hours the events go to the dead-letter queue)",
                Metric.Builder.create()
                        .namespace("AWS/Events")
                        .metricName("RetryInvocationAttempts")
                        // a rule on a custom bus reports with both dimensions
                        .dimensionsMap(Map.of("EventBusName", watched.bus().getEventBusName(),
                                "RuleName", watched.rule().getRuleName()))
                        .statistic(Stats.SUM)
                        .period(PERIOD)
                        .build());

        alarm("RejectionRate", "More than " + REJECTION_RATE_PERCENT + " % of consumed events were rejected in "
                        + "15 minutes: a producer sends broken events (see the rejection queue and the metric "
                        + "Rejections by Reason)",
                rejectionRate(metricsNamespace, stackName, watched.workflow()), REJECTION_RATE_PERCENT, 1, 1);
    }

    /** 100 × rejections / started executions, or 0 below {@link #REJECTION_RATE_MIN_EVENTS} executions. */
    private static IMetric rejectionRate(String namespace, String service, IStateMachine workflow) {
        Metric rejections = Metric.Builder.create()
                .namespace(namespace)
                .metricName("Rejections")
                .dimensionsMap(Map.of("Service", service))
                .statistic(Stats.SUM)
                .build();
        return MathExpression.Builder.create()
                .expression("IF(events >= " + REJECTION_RATE_MIN_EVENTS
                        + ", 100 * FILL(rejections, 0) / events, 0)")
                .usingMetrics(Map.of("rejections", rejections, "events", workflow.metricStarted()))
                .period(REJECTION_RATE_PERIOD)
                .label("Rejected events, % of started executions")
                .build();
    }

    private static MetricOptions options(String statistic) {
        return MetricOptions.builder().period(PERIOD).statistic(statistic).build();
    }

    private void firstOccurrence(String id, String description, IMetric metric) {
        alarm(id, description, metric, 1, 1, 1);
    }

    private void lasting(String id, String description, IMetric metric) {
        alarm(id, description, metric, 1, 3, 2);
    }

    private void alarm(String id, String description, IMetric metric, double threshold, int periods,
                       int datapoints) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName(namePrefix + id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(periods)
                .datapointsToAlarm(datapoints)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
    }
}
