package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app refuses to synthesize what it could not deploy, before building any resource. */
class WaitTimesAppTest {

    @Test
    void aMissingLambdaJarFailsWithTheCommandThatBuildsIt() {
        assertThatThrownBy(() -> WaitTimesApp.create(Map.of("lambdaJar", "target/no-such.jar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lambda jar not found at")
                .hasMessageContaining("no-such.jar")
                .hasMessageContaining("./mvnw -B -q -pl infra-cdk -am package -DskipTests");
    }

    @Test
    void anInvalidSettingFailsTheSynthesis() {
        assertThatThrownBy(() -> WaitTimesApp.create(Map.of(
                "lambdaJar", SynthesizedStack.TEST_ASSET.toString(), "windowSize", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context windowSize must be between 1 and 1000, was 0");
    }
}
