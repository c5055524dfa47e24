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
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Match.objectEquals(Map.of(
                "source", List.of("awsserverlessda.serverlesspresso"),
                "detail-type", List.of(
                        "OrderManager.WaitingCompletion",
                        "OrderManager.OrderCompleted",
                        "OrderManager.OrderCancelled",
                        "OrderProcessor.OrderTimeOut",
                        Map.of("wildcard", "OrderManager.Order*-COMPLETED"),
                        Map.of("wildcard", "OrderManager.Order*-CANCELLED"))))));
    }

    @Test
    void ruleStartsTheWorkflowWithTheWholeEventAndDeadLettersWhatItCannotDeliver() {
        String stateMachine = TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine");
        String queue = TEMPLATE.getResourceId("AWS::SQS::Queue");
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of("Targets", List.of(Match.objectEquals(Map.of(
                "Id", "Target0",
                "Arn", Map.of("Ref", stateMachine),
                "RoleArn", Match.anyValue(),
                "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt", List.of(queue, "Arn"))),
                "RetryPolicy", Map.of("MaximumEventAgeInSeconds", 86_400, "MaximumRetryAttempts", 185))))));
    }

    @Test
    void workflowIsAnExpressStateMachineWithTracingAndErrorLogs() {
        TEMPLATE.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
                "StateMachineType", "EXPRESS",
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration", Map.of(
                        "Level", "ERROR",
                        "IncludeExecutionData", true,
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
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
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
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")))));
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
    void tableIsOnDemandWithTtlOnExpiresAtPointInTimeRecoveryAndDeletedWithTheDemoStack() {
        TEMPLATE.hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Delete",
                "UpdateReplacePolicy", "Delete",
                "Properties", Map.of(
                        "BillingMode", "PAY_PER_REQUEST",
                        "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                        "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S")),
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))));
    }

    @Test
    void deadLetterQueueIsEncryptedKeepsMessagesFourteenDaysAndRefusesPlainHttp() {
        TEMPLATE.resourceCountIs("AWS::SQS::Queue", 1);
        TEMPLATE.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true,
                "MessageRetentionPeriod", 1_209_600));
        assertThat(READER.iamStatements()).contains(
                "DeadLettersQueuePolicy: Deny {AWS=*} [sqs:*] on [DeadLettersQueue.Arn]"
                        + " if {Bool={aws:SecureTransport=false}}");
    }

    @Test
    void alarmsWatchTheDeadLetterQueueTheWorkflowAndTheFunction() {
        String queue = TEMPLATE.getResourceId("AWS::SQS::Queue");
        String stateMachine = TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine");
        String function = TEMPLATE.getResourceId("AWS::Lambda::Function");
        TEMPLATE.resourceCountIs("AWS::CloudWatch::Alarm", 4);
        TEMPLATE.allResourcesProperties("AWS::CloudWatch::Alarm", Map.of(
                "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "EvaluationPeriods", 1,
                "Period", 300,
                "TreatMissingData", "notBreaching"));
        alarm("AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum",
                Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of(queue, "QueueName"))));
        alarm("AWS/States", "ExecutionsFailed", "Sum",
                Map.of("Name", "StateMachineArn", "Value", Map.of("Ref", stateMachine)));
        alarm("AWS/States", "ExecutionsTimedOut", "Sum",
                Map.of("Name", "StateMachineArn", "Value", Map.of("Ref", stateMachine)));
        alarm("AWS/Lambda", "Errors", "Sum",
                Map.of("Name", "FunctionName", "Value", Map.of("Ref", function)));
    }

    @Test
    void outputsNameTheTableTheStateMachineTheFunctionAndTheQueue() {
        TEMPLATE.hasOutput("TableName", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::DynamoDB::Table"))));
        TEMPLATE.hasOutput("StateMachineArn", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::StepFunctions::StateMachine"))));
        TEMPLATE.hasOutput("FunctionName", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::Lambda::Function"))));
        TEMPLATE.hasOutput("DeadLetterQueueUrl", Map.of("Value",
                Map.of("Ref", TEMPLATE.getResourceId("AWS::SQS::Queue"))));
        TEMPLATE.hasOutput("EventBusName", Map.of("Value", "Serverlesspresso"));
    }

    @Test
    void createsNothingBeyondTheExtension() {
        Map<String, Object> resources = READER.resourceTypes();
        assertThat(resources).containsOnlyKeys(
                "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SQS::QueuePolicy", "AWS::Logs::LogGroup",
                "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::Lambda::Function", "AWS::Lambda::Version",
                "AWS::Lambda::Alias", "AWS::StepFunctions::StateMachine", "AWS::Events::Rule",
                "AWS::CloudWatch::Alarm");
    }

    private static void alarm(String namespace, String metric, String statistic, Map<String, Object> dimension) {
        TEMPLATE.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", namespace,
                "MetricName", metric,
                "Statistic", statistic,
                "Dimensions", List.of(dimension)));
    }

    private static String logGroupId(String constructPrefix) {
        return READER.resources("AWS::Logs::LogGroup").keySet().stream()
                .filter(id -> id.startsWith(constructPrefix)).findFirst().orElseThrow();
    }
}
