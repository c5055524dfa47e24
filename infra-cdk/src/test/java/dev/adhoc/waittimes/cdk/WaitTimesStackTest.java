package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The default stack, property by property, as CloudFormation will receive it. */
class WaitTimesStackTest {
    private static final Template TEMPLATE = SynthesizedStack.withDefaults().template();
    private static final TemplateReader READER = new TemplateReader(TEMPLATE.toJSON());

    @Test
    void importsTheBusByNameAndNeverCreatesOne() {
        TEMPLATE.resourceCountIs("AWS::Events::EventBus", 0);
        TEMPLATE.resourceCountIs("AWS::Events::EventBusPolicy", 0);
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of("EventBusName", "Serverlesspresso"));
    }

    @Test
    void ruleMatchesExactlyTheConsumedEventsOfTheDefaultMode() {
        TEMPLATE.resourceCountIs("AWS::Events::Rule", 1);
        TEMPLATE.hasResourceProperties("AWS::Events::Rule",
                Map.of("EventPattern", SynthesizedStack.consumedEventPattern()));
    }

    @Test
    void ruleStartsTheWorkflowWithTheWholeEventAndDeadLettersWhatItCannotDeliver() {
        String stateMachine = TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine");
        String queue = deadLetterQueueId();
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of("Targets", List.of(Match.objectEquals(Map.of(
                "Id", "Target0",
                "Arn", Map.of("Ref", stateMachine),
                "RoleArn", Map.of("Fn::GetAtt", List.of(resourceId("AWS::IAM::Role", "OrderEventsStartWorkflowRole"),
                        "Arn")),
                "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt", List.of(queue, "Arn"))),
                "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 86_400, "MaximumRetryAttempts", 185))))));
    }

    @Test
    void theWorkflowLogsUnderVendedLogsSoItNeedsNoEntryInTheAccountsLogResourcePolicy() {
        TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/vendedlogs/states/WaitTimesExtension-workflow"));
        TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/WaitTimesExtension-record-order-event"));
    }

    @Test
    void functionHasAReservedConcurrencySoAReplayCannotTakeTheAccountsConcurrency() {
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of("ReservedConcurrentExecutions", 20));
    }

    @Test
    void workflowIsAnExpressStateMachineWithTracingAndErrorLogsWithoutExecutionData() {
        TEMPLATE.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
                "StateMachineType", "EXPRESS",
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Map.of(
                        "Level", "ERROR",
                        "IncludeExecutionData", false,
                        "Destinations", List.of(Map.of("CloudWatchLogsLogGroup", Map.of("LogGroupArn",
                                Map.of("Fn::GetAtt", List.of(logGroupId("Workflow"), "Arn"))))))));
    }

    @Test
    void functionIsJava21OnArm64WithSnapStartJsonLogsAndItsSettings() {
        String table = TEMPLATE.getResourceId("AWS::DynamoDB::Table");
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "Handler", "dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler::handleRequest",
                "MemorySize", 1024,
                "Timeout", 10,
                "SnapStart", Map.of("Fn::If", List.of(Match.stringLikeRegexp("RecordOrderEventSnapStartUnavailable.*"),
                        Map.of("Ref", "AWS::NoValue"), Map.of("ApplyOn", "PublishedVersions"))),
                "ReservedConcurrentExecutions", 20,
                "TracingConfig", Map.of("Mode", "Active"),
                "LoggingConfig", Map.of(
                        "LogFormat", "JSON",
                        "ApplicationLogLevel", "INFO",
                        "SystemLogLevel", "WARN",
                        "LogGroup", Map.of("Ref", logGroupId("RecordOrderEvent"))),
                "Environment", Map.of("Variables", Match.objectEquals(Map.of(
                        "TABLE_NAME", Map.of("Ref", table),
                        "EVENT_BUS_NAME", "Serverlesspresso",
                        "WINDOW_SIZE", "10",
                        "MAX_WAIT_SECONDS", "900",
                        "COMPLETION_MODE", "completed",
                        "ORDER_RETENTION_HOURS", "24",
                        "MAX_CLOCK_SKEW_SECONDS", "300",
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                        "POWERTOOLS_METRICS_NAMESPACE", "WaitTimesExtension",
                        "POWERTOOLS_SERVICE_NAME", "WaitTimesExtension")))));
    }

    @Test
    void workflowInvokesTheAliasOfThePublishedVersionWhichSnapStartSnapshots() {
        String function = TEMPLATE.getResourceId("AWS::Lambda::Function");
        String version = TEMPLATE.getResourceId("AWS::Lambda::Version");
        TEMPLATE.hasResourceProperties("AWS::Lambda::Version",
                Map.of("FunctionName", Map.of("Ref", function)));
        TEMPLATE.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", Map.of("Ref", function),
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(version, "Version"))));
        assertThat(READER.resolvedDefinition())
                .contains("\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:RecordOrderEventAlias:live\"");
    }

    @Test
    void everyLogGroupHasARetentionAndGoesWithTheStack() {
        TEMPLATE.resourceCountIs("AWS::Logs::LogGroup", 2);
        TEMPLATE.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        TEMPLATE.allResources("AWS::Logs::LogGroup", Map.of("DeletionPolicy", "Delete"));
    }

    @Test
    void tableIsOnDemandWithItsRankIndexTtlOnExpiresAtPointInTimeRecoveryAndDeletedWithTheDemoStack() {
        TEMPLATE.hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Delete",
                "UpdateReplacePolicy", "Delete",
                "Properties", Map.of(
                        "BillingMode", "PAY_PER_REQUEST",
                        "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                        "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"),
                                Map.of("AttributeName", "sk", "AttributeType", "B"),
                                Map.of("AttributeName", "rank", "AttributeType", "B")),
                        "LocalSecondaryIndexes", List.of(Map.of("IndexName", "rank",
                                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                        Map.of("AttributeName", "rank", "KeyType", "RANGE")),
                                "Projection", Map.of("ProjectionType", "ALL"))),
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))));
    }

    @Test
    void failuresAndRejectionsGoToTwoQueuesBothEncryptedAndRefusingPlainHttp() {
        TEMPLATE.resourceCountIs("AWS::SQS::Queue", 2);
        TEMPLATE.allResourcesProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true));
        assertThat(queueProperties(deadLetterQueueId()).get("MessageRetentionPeriod")).isEqualTo(1_209_600);
        assertThat(queueProperties(rejectionQueueId()).get("MessageRetentionPeriod")).isEqualTo(604_800);
        assertThat(READER.iamStatements()).contains(
                "DeadLettersQueuePolicy: Deny {AWS=*} [sqs:*] on [DeadLettersQueue.Arn]"
                        + " if {Bool={aws:SecureTransport=false}}",
                "RejectionsQueuePolicy: Deny {AWS=*} [sqs:*] on [RejectionsQueue.Arn]"
                        + " if {Bool={aws:SecureTransport=false}}");
    }

    @Test
    void alarmsFireOnArrivalsInTheDeadLetterQueueNotOnItsDepth() {
        Map<String, Object> queue = Map.of("Name", "QueueName",
                "Value", Map.of("Fn::GetAtt", List.of(deadLetterQueueId(), "QueueName")));
        assertThat(alarm("DeadLetterMessagesArrived")).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/SQS", "MetricName", "NumberOfMessagesSent", "Statistic", "Sum",
                "Dimensions", List.of(queue), "Period", 300, "Threshold", 1, "EvaluationPeriods", 1));
        assertThat(alarm("DeadLetterMessagesUnhandled")).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/SQS", "MetricName", "ApproximateAgeOfOldestMessage", "Statistic", "Maximum",
                "Dimensions", List.of(queue), "Threshold", 604_800));
        String alarms = String.valueOf(READER.resources("AWS::CloudWatch::Alarm").values());
        assertThat(alarms).doesNotContain("ApproximateNumberOfMessagesVisible");
        assertThat(alarms).as("no alarm watches the rejection queue").doesNotContain(rejectionQueueId());
    }

    @Test
    void alarmsWatchFailuresOnTheirFirstOccurrence() {
        String stateMachine = TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine");
        String function = TEMPLATE.getResourceId("AWS::Lambda::Function");
        Map<String, Object> firstOccurrence = Map.of("Statistic", "Sum", "Period", 300, "Threshold", 1,
                "EvaluationPeriods", 1, "DatapointsToAlarm", 1);
        assertThat(alarm("WorkflowExecutionsFailed")).containsAllEntriesOf(firstOccurrence).containsAllEntriesOf(
                Map.of("Namespace", "AWS/States", "MetricName", "ExecutionsFailed", "Dimensions", List.of(
                        Map.of("Name", "StateMachineArn", "Value", Map.of("Ref", stateMachine)))));
        assertThat(alarm("WorkflowExecutionsTimedOut")).containsAllEntriesOf(firstOccurrence).containsAllEntriesOf(
                Map.of("Namespace", "AWS/States", "MetricName", "ExecutionsTimedOut"));
        assertThat(alarm("FunctionErrors")).containsAllEntriesOf(firstOccurrence).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/Lambda", "MetricName", "Errors", "Dimensions", List.of(
                        Map.of("Name", "FunctionName", "Value", Map.of("Ref", function)))));
    }

    @Test
    void alarmsWatchThrottlingWhenItGoesOnForTwoOfThreePeriods() {
        String stateMachine = TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine");
        String function = TEMPLATE.getResourceId("AWS::Lambda::Function");
        String table = TEMPLATE.getResourceId("AWS::DynamoDB::Table");
        Map<String, Object> lasting = Map.of("Threshold", 1, "EvaluationPeriods", 3, "DatapointsToAlarm", 2,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold");
        assertThat(alarm("FunctionThrottles")).containsAllEntriesOf(lasting).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/Lambda", "MetricName", "Throttles", "Statistic", "Sum", "Dimensions", List.of(
                        Map.of("Name", "FunctionName", "Value", Map.of("Ref", function)))));
        assertThat(alarm("WorkflowExecutionsThrottled")).containsAllEntriesOf(lasting).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/States", "MetricName", "ExecutionThrottled", "Dimensions", List.of(
                        Map.of("Name", "StateMachineArn", "Value", Map.of("Ref", stateMachine)))));
        assertThat(alarm("EventDeliveryRetried")).containsAllEntriesOf(lasting).containsAllEntriesOf(Map.of(
                "Namespace", "AWS/Events", "MetricName", "RetryInvocationAttempts", "Dimensions", List.of(
                        Map.of("Name", "EventBusName", "Value", "Serverlesspresso"),
                        Map.of("Name", "RuleName", "Value", Map.of("Ref", TEMPLATE.getResourceId(
                                "AWS::Events::Rule"))))));
        Map<String, Object> tableThrottles = alarm("TableThrottledRequests");
        assertThat(tableThrottles).containsAllEntriesOf(lasting);
        assertThat(dimensionValues(tableThrottles, "ThrottledRequests", "Operation"))
                .as("every operation the function's role allows").containsExactlyInAnyOrder(
                        "GetItem", "PutItem", "Query", "UpdateItem");
        assertThat(dimensionValues(tableThrottles, "ThrottledRequests", "TableName")).containsOnly(
                Map.of("Ref", table));
    }

    @Test
    void theRejectionRateIsTheFunctionsRejectionsOverStartedExecutionsJudgedFromTwentyEvents() {
        Map<String, Object> rate = alarm("RejectionRate");
        assertThat(rate).containsAllEntriesOf(Map.of("Threshold", 5, "EvaluationPeriods", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold", "TreatMissingData", "notBreaching"));
        List<Map<String, Object>> metrics = metrics(rate);
        assertThat(metrics).filteredOn(m -> Boolean.TRUE.equals(m.get("ReturnData")))
                .singleElement().extracting(m -> m.get("Expression"))
                .isEqualTo("IF(events >= 20, 100 * FILL(rejections, 0) / events, 0)");
        assertThat(metricStat(metrics, "rejections")).isEqualTo(Map.of(
                "Metric", Map.of("Namespace", "WaitTimesExtension", "MetricName", "Rejections",
                        "Dimensions", List.of(Map.of("Name", "Service", "Value", "WaitTimesExtension"))),
                "Period", 900, "Stat", "Sum"));
        assertThat(metricStat(metrics, "events")).isEqualTo(Map.of(
                "Metric", Map.of("Namespace", "AWS/States", "MetricName", "ExecutionsStarted",
                        "Dimensions", List.of(Map.of("Name", "StateMachineArn",
                                "Value", Map.of("Ref", TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine"))))),
                "Period", 900, "Stat", "Sum"));
    }

    @Test
    void everyAlarmIsNamedAfterTheStackAndNotifiesTheAlarmTopicAndNoDataIsNoTrouble() {
        String topic = TEMPLATE.getResourceId("AWS::SNS::Topic");
        assertThat(READER.resources("AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> String.valueOf(((Map<?, ?>) alarm.get("Properties")).get("AlarmName"))).toList())
                .containsExactlyInAnyOrder(
                        "WaitTimesExtension-DeadLetterMessagesArrived",
                        "WaitTimesExtension-DeadLetterMessagesUnhandled",
                        "WaitTimesExtension-WorkflowExecutionsFailed",
                        "WaitTimesExtension-WorkflowExecutionsTimedOut",
                        "WaitTimesExtension-FunctionErrors",
                        "WaitTimesExtension-FunctionThrottles",
                        "WaitTimesExtension-TableThrottledRequests",
                        "WaitTimesExtension-WorkflowExecutionsThrottled",
                        "WaitTimesExtension-EventDeliveryRetried",
                        "WaitTimesExtension-RejectionRate");
        TEMPLATE.allResourcesProperties("AWS::CloudWatch::Alarm", Map.of(
                "AlarmActions", List.of(Map.of("Ref", topic)),
                "TreatMissingData", "notBreaching"));
        TEMPLATE.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void onlyThisAccountsCloudWatchAlarmsMayPublishToTheAlarmTopicAndOnlyOverTls() {
        assertThat(READER.iamStatements()).filteredOn(line -> line.startsWith("AlarmTopicPolicy")).containsExactly(
                "AlarmTopicPolicy: Allow {Service=cloudwatch.amazonaws.com} [sns:Publish] on [Ref(AlarmTopic)]"
                        + " if {ArnLike={aws:SourceArn=arn:${AWS::Partition}:cloudwatch:${AWS::Region}:"
                        + "${AWS::AccountId}:alarm:*}, StringEquals={aws:SourceAccount=${AWS::AccountId}}}",
                "AlarmTopicPolicy: Deny * [sns:Publish] on [Ref(AlarmTopic)] if {Bool={aws:SecureTransport=false}}");
    }

    @Test
    void outputsNameTheTableTheStateMachineTheFunctionAndTheQueue() {
        TEMPLATE.hasOutput("TableName", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::DynamoDB::Table"))));
        TEMPLATE.hasOutput("StateMachineArn", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine"))));
        TEMPLATE.hasOutput("FunctionName", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::Lambda::Function"))));
        TEMPLATE.hasOutput("DeadLetterQueueUrl", Map.of("Value", Map.of("Ref", deadLetterQueueId())));
        TEMPLATE.hasOutput("RejectionQueueUrl", Map.of("Value", Map.of("Ref", rejectionQueueId())));
        TEMPLATE.hasOutput("AlarmTopicArn", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::SNS::Topic"))));
        TEMPLATE.hasOutput("EventBusName", Map.of("Value", "Serverlesspresso"));
    }

    @Test
    void createsNothingBeyondTheExtension() {
        Map<String, Object> resources = READER.resourceTypes();
        assertThat(resources).containsOnlyKeys(
                "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SQS::QueuePolicy", "AWS::Logs::LogGroup",
                "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::Lambda::Function", "AWS::Lambda::Version",
                "AWS::Lambda::Alias", "AWS::StepFunctions::StateMachine", "AWS::Events::Rule",
                "AWS::CloudWatch::Alarm", "AWS::SNS::Topic", "AWS::SNS::TopicPolicy");
    }

    /** @return the properties of the alarm named {@code WaitTimesExtension-<name>} */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> alarm(String name) {
        return READER.resources("AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> (Map<String, Object>) alarm.get("Properties"))
                .filter(properties -> properties.get("AlarmName").equals("WaitTimesExtension-" + name))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> metrics(Map<String, Object> alarm) {
        return (List<Map<String, Object>>) alarm.get("Metrics");
    }

    /** @return the values of {@code dimension} in the metric math alarm's metrics named {@code metricName} */
    @SuppressWarnings("unchecked")
    private static List<Object> dimensionValues(Map<String, Object> alarm, String metricName, String dimension) {
        return metrics(alarm).stream()
                .filter(m -> m.containsKey("MetricStat"))
                .map(m -> (Map<String, Object>) ((Map<String, Object>) m.get("MetricStat")).get("Metric"))
                .filter(metric -> metricName.equals(metric.get("MetricName")))
                .flatMap(metric -> ((List<Map<String, Object>>) metric.get("Dimensions")).stream())
                .filter(d -> dimension.equals(d.get("Name")))
                .map(d -> d.get("Value"))
                .toList();
    }

    private static Object metricStat(List<Map<String, Object>> metrics, String id) {
        return metrics.stream().filter(m -> id.equals(m.get("Id"))).findFirst().orElseThrow().get("MetricStat");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> queueProperties(String logicalId) {
        return (Map<String, Object>) READER.resources("AWS::SQS::Queue").get(logicalId).get("Properties");
    }

    private static String deadLetterQueueId() {
        return resourceId("AWS::SQS::Queue", "DeadLettersQueue");
    }

    private static String rejectionQueueId() {
        return resourceId("AWS::SQS::Queue", "RejectionsQueue");
    }

    private static String resourceId(String type, String constructPrefix) {
        return READER.resources(type).keySet().stream()
                .filter(id -> id.startsWith(constructPrefix)).findFirst().orElseThrow();
    }

    private static String logGroupId(String constructPrefix) {
        return READER.resources("AWS::Logs::LogGroup").keySet().stream()
                .filter(id -> id.startsWith(constructPrefix)).findFirst().orElseThrow();
    }
}
