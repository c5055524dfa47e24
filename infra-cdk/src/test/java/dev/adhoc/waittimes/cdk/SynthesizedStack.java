package dev.adhoc.waittimes.cdk;

import io.github.cdklabs.cdknag.NagPackProps;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack synthesized once per set of context values and shared by every test class in the JVM: a synthesis
 * with cdk-nag costs seconds (jsii runs the CDK in a node child process). Also what the tests of several
 * configurations expect alike: the rule's pattern, the workflow's PutEvents statement, the names that follow the stack.
 *
 * @param template    the CloudFormation template
 * @param annotations what synthesis reported (cdk-nag findings among them)
 */
record SynthesizedStack(Template template, Annotations annotations) {
    /** The small stand-in for the Lambda jar (Code.fromAsset needs an existing path). */
    static final Path TEST_ASSET = Path.of("src/test/resources/lambda-test-asset").toAbsolutePath();

    private static final Map<Map<String, Object>, SynthesizedStack> CACHE = new ConcurrentHashMap<>();

    /** @return the stack with default settings */
    static SynthesizedStack withDefaults() {
        return with(Map.of());
    }

    /** @return the stack with these context values (plus the test asset) */
    static SynthesizedStack with(Map<String, Object> context) {
        return CACHE.computeIfAbsent(context, SynthesizedStack::synthesize);
    }

    private static SynthesizedStack synthesize(Map<String, Object> context) {
        // cdk.json's context first (the feature flags `cdk synth` uses), so the tests see the CLI's template
        Map<String, Object> withAsset = new HashMap<>(cdkJsonContext());
        withAsset.putAll(context);
        withAsset.putIfAbsent("lambdaJar", TEST_ASSET.toString());
        // logIgnores: suppressed findings become info annotations, so the tests see exactly what is suppressed
        App app = WaitTimesApp.create(withAsset, NagPackProps.builder().verbose(true).logIgnores(true).build());
        Stack stack = (Stack) app.getNode().getChildren().get(0);
        return new SynthesizedStack(Template.fromStack(stack), Annotations.fromStack(stack));
    }

    /**
     * @param extraExactDetailTypes exact detail-types the mode adds ({@code OrderProcessor.orderFinished} in
     *                              compatibility mode)
     * @return the rule's whole event pattern, as the template holds it
     */
    static Object consumedEventPattern(String... extraExactDetailTypes) {
        List<Object> detailTypes = new ArrayList<>(List.of(
                "OrderManager.WaitingCompletion",
                "OrderManager.OrderCompleted",
                "OrderManager.OrderCancelled",
                "OrderProcessor.OrderTimeOut"));
        detailTypes.addAll(List.of(extraExactDetailTypes));
        detailTypes.add(Map.of("wildcard", "OrderManager.Order*-COMPLETED"));
        detailTypes.add(Map.of("wildcard", "OrderManager.Order*-CANCELLED"));
        return Match.objectEquals(Map.of("source", List.of("awsserverlessda.serverlesspresso"),
                "detail-type", detailTypes));
    }

    /**
     * @param bus        the bus as the statement prints it
     * @param detailType the one event the workflow may put
     * @return the workflow's one {@code events:PutEvents} statement, as {@link TemplateReader#iamStatements()} prints it
     */
    static String putEventsStatement(String bus, String detailType) {
        return "WorkflowStateMachineRoleDefaultPolicy: Allow [events:PutEvents] on [" + bus + "]"
                + " if {StringEquals={events:detail-type=[" + detailType + "],"
                + " events:source=awsserverlessda.serverlesspresso}}";
    }

    /** Asserts that the stack's log groups and its metrics' dimension {@code Service} are named after the stack. */
    void hasNamesOf(String stackName) {
        template.hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/aws/vendedlogs/states/" + stackName + "-workflow"));
        template.hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/aws/lambda/" + stackName + "-record-order-event"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Map.of("POWERTOOLS_SERVICE_NAME", stackName))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson = new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
            return (Map<String, Object>) cdkJson.getOrDefault("context", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read infra-cdk/cdk.json", e);
        }
    }
}
