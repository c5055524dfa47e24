package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The stacks of the other extensions ({@code -c extension=alerts}, {@code -c extension=throughput}): the same
 * resources, with the extension's handler, its own variables, its own production stack name, and a workflow that may
 * put its one event on the bus and nothing else. cdk-nag checks them too ({@link CdkNagTest}).
 */
class ExtensionStacksTest {
    static final Map<String, Object> ALERTS = Map.of("extension", "alerts", "alertThresholdSeconds", "240");
    static final Map<String, Object> THROUGHPUT = Map.of("extension", "throughput");
    private static final SynthesizedStack ALERTS_STACK = SynthesizedStack.with(ALERTS);
    private static final SynthesizedStack THROUGHPUT_STACK = SynthesizedStack.with(THROUGHPUT);

    @Test
    void theAlertsFunctionRunsItsHandlerWithItsThresholdAndNoVariableOfWaitTimes() {
        assertFunction(ALERTS_STACK, "WaitTimeAlertsHandler", "WaitTimeAlertsExtension",
                Map.of("ALERT_THRESHOLD_SECONDS", "240"));
    }

    @Test
    void theThroughputFunctionRunsItsHandlerWithTheCommonVariablesOnly() {
        assertFunction(THROUGHPUT_STACK, "ThroughputHandler", "ThroughputExtension", Map.of());
    }

    @Test
    void eachWorkflowMayPutItsOwnEventOnlyAndNamesItsEmission() {
        String bus = "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/Serverlesspresso";
        TemplateReader alerts = new TemplateReader(ALERTS_STACK.template().toJSON());
        TemplateReader throughput = new TemplateReader(THROUGHPUT_STACK.template().toJSON());

        assertThat(alerts.iamStatements()).filteredOn(line -> line.contains("events:PutEvents"))
                .containsExactly(SynthesizedStack.putEventsStatement(bus, "OrderManager.WaitTimeAlert"));
        assertThat(throughput.iamStatements()).filteredOn(line -> line.contains("events:PutEvents"))
                .containsExactly(SynthesizedStack.putEventsStatement(bus, "OrderManager.Throughput"));
        assertThat(alerts.resolvedDefinition()).contains("\"EmitWaitTimeAlert\"").doesNotContain("DrinkAverageTime");
        assertThat(throughput.resolvedDefinition()).contains("\"EmitThroughput\"").doesNotContain("DrinkAverageTime");
    }

    @Test
    void eachIsItsOwnProductionStackNamedForItsExtension() {
        ALERTS_STACK.hasNamesOf("WaitTimeAlertsExtension");
        THROUGHPUT_STACK.hasNamesOf("ThroughputExtension");
        for (SynthesizedStack stack : new SynthesizedStack[] {ALERTS_STACK, THROUGHPUT_STACK}) {
            stack.template().hasResourceProperties("AWS::Events::Rule",
                    Map.of("EventBusName", "Serverlesspresso", "EventPattern", SynthesizedStack.consumedEventPattern()));
        }
    }

    /** Asserts the function's handler, and that its variables are the common ones and the extension's own. */
    private static void assertFunction(SynthesizedStack stack, String handlerClass, String stackName,
                                       Map<String, String> own) {
        Template template = stack.template();
        Map<String, Object> variables = new HashMap<>(Map.of(
                "TABLE_NAME", Map.of("Ref", template.getResourceId("AWS::DynamoDB::Table")),
                "EVENT_BUS_NAME", "Serverlesspresso",
                "COMPLETION_MODE", "completed",
                "MAX_CLOCK_SKEW_SECONDS", "300",
                "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                "POWERTOOLS_METRICS_NAMESPACE", "WaitTimesExtension",
                "POWERTOOLS_SERVICE_NAME", stackName));
        variables.putAll(own);
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "dev.adhoc.waittimes.aws.lambda." + handlerClass + "::handleRequest",
                "Environment", Map.of("Variables", Match.objectEquals(variables))));
    }
}
