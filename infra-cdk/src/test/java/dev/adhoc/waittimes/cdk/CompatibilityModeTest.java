package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack with every setting changed through context: compatibility mode, another bus, a kept table, another
 * window and ceiling, a more verbose workflow log with execution data, no tracing, no reserved concurrency, no
 * SnapStart, an e-mail subscription to the alarms.
 */
class CompatibilityModeTest {
    static final Map<String, Object> CONTEXT = Map.ofEntries(Map.entry("tracing", "false"),
            Map.entry("completionMode", "finished"),
            Map.entry("busName", "CoffeeBus"),
            Map.entry("tableRemovalPolicy", "retain"),
            Map.entry("windowSize", 25),
            Map.entry("maxWaitSeconds", "600"),
            Map.entry("orderRetentionHours", 48),
            Map.entry("lambdaMemoryMb", 2048),
            Map.entry("workflowLogLevel", "all"),
            Map.entry("workflowExecutionData", "true"),
            Map.entry("reservedConcurrency", "none"),
            Map.entry("snapStart", "false"),
            Map.entry("alarmEmail", "coffee-ops@example.com"),
            Map.entry("stackName", "WaitTimesCompat"));
    private static final SynthesizedStack STACK = SynthesizedStack.with(CONTEXT);
    private static final Template TEMPLATE = STACK.template();

    @Test
    void ruleAlsoConsumesOrderFinishedOnTheConfiguredBus() {
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", "CoffeeBus",
                "EventPattern", SynthesizedStack.consumedEventPattern("OrderProcessor.orderFinished")));
    }

    @Test
    void functionGetsTheSettings() {
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "MemorySize", 2048,
                "Environment", Map.of("Variables", Map.of(
                        "EVENT_BUS_NAME", "CoffeeBus",
                        "WINDOW_SIZE", "25",
                        "MAX_WAIT_SECONDS", "600",
                        "COMPLETION_MODE", "finished",
                        "ORDER_RETENTION_HOURS", "48"))));
    }

    @Test
    void tableIsRetainedWhenTheStackIsDestroyed() {
        TEMPLATE.hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void workflowMayPutEventsOnTheConfiguredBusOnlyAndLogsAllWhenAsked() {
        assertThat(new TemplateReader(TEMPLATE.toJSON()).iamStatements())
                .filteredOn(line -> line.contains("events:PutEvents"))
                .containsExactly(SynthesizedStack.putEventsStatement("arn:${AWS::Partition}:events:${AWS::Region}:"
                        + "${AWS::AccountId}:event-bus/CoffeeBus", "OrderManager.DrinkAverageTime"));
        TEMPLATE.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of("LoggingConfiguration", Map.of(
                "Level", "ALL",
                "IncludeExecutionData", true)));
    }

    @Test
    void namesFollowTheStackSoTwoStacksLiveSideBySide() {
        STACK.hasNamesOf("WaitTimesCompat");
        TEMPLATE.hasResourceProperties("AWS::CloudWatch::Alarm",
                Map.of("AlarmName", "WaitTimesCompat-RejectionRate"));
    }

    @Test
    void withoutReservedConcurrencyOrSnapStartTheFunctionHasNeither() {
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "ReservedConcurrentExecutions", Match.absent(),
                "SnapStart", Match.absent()));
        assertThat(((Map<?, ?>) TEMPLATE.toJSON().getOrDefault("Conditions", Map.of())).keySet())
                .noneMatch(condition -> condition.toString().contains("SnapStart"));
    }

    @Test
    void theAlarmEmailIsSubscribedToTheAlarmTopic() {
        TEMPLATE.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email",
                "Endpoint", "coffee-ops@example.com",
                "TopicArn", Map.of("Ref", TEMPLATE.getResourceId("AWS::SNS::Topic"))));
    }

    @Test
    void withoutTracingNothingIsTracedAndNoRoleMayWriteToXRay() {
        TEMPLATE.hasResourceProperties("AWS::StepFunctions::StateMachine",
                Map.of("TracingConfiguration", Map.of("Enabled", false)));
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of("TracingConfig", Match.absent()));
        assertThat(new TemplateReader(TEMPLATE.toJSON()).iamStatements()).noneMatch(line -> line.contains("xray:"));
    }
}
