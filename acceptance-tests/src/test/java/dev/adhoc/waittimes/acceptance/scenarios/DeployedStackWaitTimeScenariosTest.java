package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.drivers.StepFunctionsDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import org.junit.jupiter.api.DisplayName;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same scenarios against a deployed stack, through its Express workflow. Skipped, with the reason, unless
 * {@code -Dwaittimes.stack=...} names one: {@code ./mvnw -B -pl acceptance-tests -am verify
 * -Dtest=DeployedStackWaitTimeScenariosTest -Dsurefire.failIfNoSpecifiedTests=false -Dwaittimes.stack=WaitTimesExtension}.
 */
@DisplayName("wait-time scenarios, on a deployed stack (Step Functions Express workflow)")
public class DeployedStackWaitTimeScenariosTest extends WaitTimeScenarios {
    @Override
    protected WaitTimesDriver newDriver() {
        StepFunctionsDriver.whyNotConfigured().ifPresent(reason -> assumeTrue(false, reason));
        return StepFunctionsDriver.fromSystemProperties();
    }
}
