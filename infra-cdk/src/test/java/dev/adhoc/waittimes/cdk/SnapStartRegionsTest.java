package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adhoc.waittimes.cdk.constructs.RecordOrderEventFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lambda does not offer SnapStart in every region, and publishing a SnapStart version fails where it does not. The
 * template stays region-agnostic: CloudFormation evaluates its condition on {@code AWS::Region} at deployment. These
 * tests evaluate that condition (CloudFormation's documented {@code Fn::Or}, {@code Fn::Equals}, {@code Fn::If}) for
 * given regions.
 */
class SnapStartRegionsTest {
    private static final Map<String, Object> TEMPLATE = SynthesizedStack.withDefaults().template().toJSON();
    private static final TemplateReader READER = new TemplateReader(TEMPLATE);

    @ParameterizedTest(name = "{0}: SnapStart {1}")
    @CsvSource({
            "us-east-1, PublishedVersions",
            "eu-west-1, PublishedVersions",
            "ap-southeast-2, PublishedVersions",
            "ap-east-1, PublishedVersions",
            "ap-east-2, none",
            "ap-southeast-6, none"})
    void aDeploymentGetsSnapStartOnlyWhereLambdaOffersIt(String region, String expected) {
        Object snapStart = deployedSnapStart(region);
        if (expected.equals("none")) {
            assertThat(snapStart).as("SnapStart left out in " + region).isNull();
        } else {
            assertThat(snapStart).isEqualTo(Map.of("ApplyOn", expected));
        }
    }

    @Test
    void theRegionsLeftOutAreTheOnesTheLambdaGuideLists() {
        assertThat(RecordOrderEventFunction.REGIONS_WITHOUT_SNAPSTART)
                .containsExactlyInAnyOrder("ap-east-2", "ap-southeast-6");
    }

    @Test
    void forcedOnTheFunctionHasSnapStartWithoutCondition() {
        Map<String, Object> forced = SynthesizedStack.with(Map.of("snapStart", "true")).template().toJSON();
        TemplateReader reader = new TemplateReader(forced);
        assertThat(reader.properties("AWS::Lambda::Function").get("SnapStart"))
                .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        assertThat(((Map<?, ?>) forced.getOrDefault("Conditions", Map.of())).keySet())
                .noneMatch(condition -> condition.toString().contains("SnapStart"));
    }

    /** The function's SnapStart property as CloudFormation resolves it in {@code region}; null if left out. */
    @SuppressWarnings("unchecked")
    private static Object deployedSnapStart(String region) {
        Map<String, Object> property = (Map<String, Object>) READER.properties("AWS::Lambda::Function").get("SnapStart");
        List<Object> ifArgs = (List<Object>) property.get("Fn::If");
        assertThat(ifArgs).as("SnapStart is conditional: " + property).isNotNull().hasSize(3);
        Map<String, Object> conditions = (Map<String, Object>) TEMPLATE.get("Conditions");
        boolean unavailable = evaluate(conditions.get((String) ifArgs.get(0)), region);
        Object chosen = unavailable ? ifArgs.get(1) : ifArgs.get(2);
        return Map.of("Ref", "AWS::NoValue").equals(chosen) ? null : chosen;
    }

    @SuppressWarnings("unchecked")
    private static boolean evaluate(Object condition, String region) {
        Map<String, Object> intrinsic = (Map<String, Object>) condition;
        if (intrinsic.containsKey("Fn::Or")) {
            return ((List<Object>) intrinsic.get("Fn::Or")).stream().anyMatch(c -> evaluate(c, region));
        }
        if (intrinsic.containsKey("Fn::Equals")) {
            List<Object> operands = ((List<Object>) intrinsic.get("Fn::Equals")).stream()
                    .map(operand -> Map.of("Ref", "AWS::Region").equals(operand) ? region : operand).toList();
            return operands.get(0).equals(operands.get(1));
        }
        throw new AssertionError("unexpected condition " + condition);
    }
}
