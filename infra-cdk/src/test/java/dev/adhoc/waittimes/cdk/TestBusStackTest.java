package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack deployed for tests ({@code -c createTestBus=true -c stackName=...}): it creates a bus of its own and
 * never reads from, writes to or names the production bus; its names follow its stack, so it lives beside the
 * production stack without sharing a log group, an alarm or a metric.
 */
class TestBusStackTest {
    static final Map<String, Object> CONTEXT = Map.of("createTestBus", "true", "stackName", "WaitTimesTest");
    private static final SynthesizedStack STACK = SynthesizedStack.with(CONTEXT);
    private static final Template TEMPLATE = STACK.template();
    private static final TemplateReader READER = new TemplateReader(TEMPLATE.toJSON());

    @Test
    void createsItsOwnBusNamedAfterTheStackAndListensOnIt() {
        String bus = TEMPLATE.getResourceId("AWS::Events::EventBus");
        TEMPLATE.hasResource("AWS::Events::EventBus", Map.of(
                "Properties", Map.of("Name", "WaitTimesTest-bus"),
                "DeletionPolicy", "Delete"));
        TEMPLATE.hasResourceProperties("AWS::Events::Rule", Map.of("EventBusName", Map.of("Ref", bus)));
        TEMPLATE.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Map.of("EVENT_BUS_NAME", "WaitTimesTest-bus"))));
        TEMPLATE.hasOutput("EventBusName", Map.of("Value", Map.of("Ref", bus)));
    }

    @Test
    void theWorkflowMayPutItsEventsOnTheTestBusOnly() {
        assertThat(READER.iamStatements()).filteredOn(line -> line.contains("events:PutEvents")).containsExactly(
                SynthesizedStack.putEventsStatement("TestBus.Arn", "OrderManager.DrinkAverageTime"));
    }

    @Test
    void nothingNamesTheProductionBus() {
        assertThat(String.valueOf(TEMPLATE.toJSON().get("Resources")))
                .doesNotContain("event-bus/Serverlesspresso", "=Serverlesspresso,", "=Serverlesspresso}");
    }

    @Test
    void itsLogGroupsAlarmsAndMetricsAreItsOwn() {
        STACK.hasNamesOf("WaitTimesTest");
        TEMPLATE.allResourcesProperties("AWS::CloudWatch::Alarm",
                Map.of("AlarmName", Match.stringLikeRegexp("WaitTimesTest-.*")));
        Object serviceDimension = Match.objectLike(Map.of("Dimensions",
                List.of(Map.of("Name", "Service", "Value", "WaitTimesTest"))));
        Object rejections = Match.objectLike(Map.of("Id", "rejections",
                "MetricStat", Match.objectLike(Map.of("Metric", serviceDimension))));
        TEMPLATE.hasResourceProperties("AWS::CloudWatch::Alarm",
                Map.of("Metrics", Match.arrayWith(List.of(rejections))));
    }

    @Test
    void theTableStillExpiresItsItemsThroughTimeToLive() {
        TEMPLATE.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
    }
}
