package dev.adhoc.waittimes.cdk.constructs;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Alarms that fire on the first sign of trouble (any message in the DLQ, any failed or timed-out execution, any
 * function error) over five minutes; no data means no trouble. They have no action: subscribe a topic to them in
 * the console or add one here when the stack has an owner on call.
 */
public final class OperationalAlarms extends Construct {
    private static final Duration PERIOD = Duration.minutes(5);

    public OperationalAlarms(Construct scope, String id, IQueue deadLetters, IStateMachine workflow,
                             IFunction function) {
        super(scope, id);
        alarm("DeadLetterQueueNotEmpty", "Events wait in the dead-letter queue: inspect, fix, replay",
                deadLetters.metricApproximateNumberOfMessagesVisible(options(Stats.MAXIMUM)));
        alarm("WorkflowExecutionsFailed", "Workflow executions failed (their event is in the dead-letter queue "
                + "unless sending it failed too)", workflow.metricFailed(options(Stats.SUM)));
        alarm("WorkflowExecutionsTimedOut", "Workflow executions timed out: their event was not recorded",
                workflow.metricTimedOut(options(Stats.SUM)));
        alarm("FunctionErrors", "The Lambda threw (the workflow retries; see its logs)",
                function.metricErrors(options(Stats.SUM)));
    }

    private static MetricOptions options(String statistic) {
        return MetricOptions.builder().period(PERIOD).statistic(statistic).build();
    }

    private void alarm(String id, String description, IMetric metric) {
        Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }
}
