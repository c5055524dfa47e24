package dev.adhoc.waittimes.cdk;

import io.github.cdklabs.cdknag.NagPackProps;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack synthesized once per set of context values and shared by every test class in the JVM: a synthesis
 * with cdk-nag costs seconds (jsii runs the CDK in a node child process).
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
