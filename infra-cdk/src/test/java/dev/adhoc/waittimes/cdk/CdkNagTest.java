package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * cdk-nag's AWS Solutions checks, as {@code cdk synth} runs them: no unsuppressed error or warning, and exactly the
 * suppressions below, each with its reason (the fixture logs suppressed findings as info annotations).
 */
class CdkNagTest {
    private static final Annotations DEFAULTS = SynthesizedStack.withDefaults().annotations();
    private static final Annotations COMPATIBILITY = SynthesizedStack.with(CompatibilityModeTest.CONTEXT).annotations();
    private static final Annotations TEST_BUS = SynthesizedStack.with(TestBusStackTest.CONTEXT).annotations();
    private static final Annotations ALERTS = SynthesizedStack.with(ExtensionStacksTest.ALERTS).annotations();
    private static final Annotations THROUGHPUT = SynthesizedStack.with(ExtensionStacksTest.THROUGHPUT).annotations();

    @Test
    void noUnsuppressedErrorOrWarningInAnyConfiguration() {
        for (Annotations annotations : List.of(DEFAULTS, COMPATIBILITY, TEST_BUS, ALERTS, THROUGHPUT)) {
            assertThat(texts(annotations.findError("*", Match.anyValue()))).isEmpty();
            assertThat(texts(annotations.findWarning("*", Match.anyValue()))).isEmpty();
        }
    }

    @Test
    void suppressedFindingsAreExactlyTheseEachWithAReason() {
        List<String> suppressed = texts(DEFAULTS.findInfo("*", Match.stringLikeRegexp(".*was triggered but suppressed.*")));
        assertThat(suppressed.stream().map(CdkNagTest::ruleAndPath)).containsExactlyInAnyOrder(
                "AwsSolutions-SQS3 /WaitTimesExtension/DeadLetters/Queue/Resource",
                "AwsSolutions-SQS3 /WaitTimesExtension/Rejections/Queue/Resource",
                "AwsSolutions-L1 /WaitTimesExtension/RecordOrderEvent/Function/Resource",
                "AwsSolutions-SF1 /WaitTimesExtension/Workflow/StateMachine/Resource",
                "AwsSolutions-IAM5[Resource::*] /WaitTimesExtension/RecordOrderEvent/Role/DefaultPolicy/Resource",
                "AwsSolutions-IAM5[Resource::*] /WaitTimesExtension/Workflow/StateMachineRole/DefaultPolicy/Resource");
        assertThat(suppressed).allSatisfy(text ->
                assertThat(text.substring(text.indexOf("Provided reason:"))).hasSizeGreaterThan(60));
    }

    @Test
    void theOtherExtensionsStacksHaveTheSameSuppressionsAsTheDefaultOne() {
        for (Annotations annotations : List.of(ALERTS, THROUGHPUT)) {
            List<String> suppressed = texts(annotations.findInfo("*",
                    Match.stringLikeRegexp(".*was triggered but suppressed.*")));
            assertThat(suppressed.stream().map(CdkNagTest::ruleAndPath).map(CdkNagTest::withoutStack))
                    .containsExactlyInAnyOrderElementsOf(texts(DEFAULTS.findInfo("*",
                            Match.stringLikeRegexp(".*was triggered but suppressed.*"))).stream()
                            .map(CdkNagTest::ruleAndPath).map(CdkNagTest::withoutStack).toList());
        }
    }

    @Test
    void withoutTracingTheMissingXRayIsSuppressedWithItsReasonAndErrorLogsNeedNoSuppression() {
        List<String> suppressed = texts(COMPATIBILITY.findInfo("*",
                Match.stringLikeRegexp(".*was triggered but suppressed.*")));
        assertThat(suppressed.stream().map(CdkNagTest::ruleAndPath)).containsExactlyInAnyOrder(
                "AwsSolutions-SQS3 /WaitTimesCompat/DeadLetters/Queue/Resource",
                "AwsSolutions-SQS3 /WaitTimesCompat/Rejections/Queue/Resource",
                "AwsSolutions-L1 /WaitTimesCompat/RecordOrderEvent/Function/Resource",
                "AwsSolutions-SF2 /WaitTimesCompat/Workflow/StateMachine/Resource",
                "AwsSolutions-IAM5[Resource::*] /WaitTimesCompat/Workflow/StateMachineRole/DefaultPolicy/Resource");
    }

    @Test
    void nagActuallyChecksThisStack() {
        // Without a suppression, the workflow's ERROR log level is a finding: proof that the checks ran here.
        assertThat(texts(DEFAULTS.findInfo("/WaitTimesExtension/Workflow/StateMachine/Resource",
                Match.stringLikeRegexp(".*AwsSolutions-SF1.*")))).hasSize(1);
    }

    private static String ruleAndPath(String text) {
        String path = text.substring(0, text.indexOf(' '));
        String suppression = text.substring(text.indexOf(' ') + 1);
        String appliesTo = suppression.startsWith("CdkNagSuppression[")
                ? suppression.substring("CdkNagSuppression".length(), suppression.indexOf("]:") + 1) : "";
        String rule = suppression.substring(suppression.indexOf(": ") + 2, suppression.indexOf(" was triggered"));
        return rule + appliesTo + " " + path;
    }

    /** @return the rule and the construct path below the stack */
    private static String withoutStack(String ruleAndPath) {
        return ruleAndPath.replaceFirst(" /[^/]+/", " /");
    }

    /** {@code <construct path> <message>} for each annotation. */
    @SuppressWarnings("deprecation") // SynthesisMessage is what Annotations returns in this CDK version
    private static List<String> texts(List<SynthesisMessage> messages) {
        return messages.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList();
    }
}
