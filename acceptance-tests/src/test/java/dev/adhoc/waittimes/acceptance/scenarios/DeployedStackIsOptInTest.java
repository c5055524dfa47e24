package dev.adhoc.waittimes.acceptance.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Without a named stack the deployed scenarios are reported as skipped, with the reason, never as passed. */
class DeployedStackIsOptInTest {
    @Test
    void without_a_named_stack_every_deployed_scenario_is_skipped_with_its_reason() {
        assertThat(System.getProperty("waittimes.stack")).as("this test checks the default, opt-out case").isNull();

        var events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DeployedStackWaitTimeScenariosTest.class)).execute().testEvents();

        assertThat(events.succeeded().count()).isZero();
        assertThat(events.failed().count()).isZero();
        assertThat(events.skipped().count()).isZero();
        assertThat(events.aborted().count()).isEqualTo(events.started().count()).isGreaterThan(20);
        events.aborted().stream().forEach(e -> assertThat(e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""))
                .contains("-Dwaittimes.stack=WaitTimesExtension"));
    }
}
