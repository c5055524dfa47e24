package dev.adhoc.waittimes.acceptance.drivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.aws.stepfunctions.EmittedEntry;
import dev.adhoc.waittimes.aws.stepfunctions.StepFunctionsWorkflow;
import dev.adhoc.waittimes.aws.stepfunctions.WorkflowOutcome;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Drives a deployed stack: each event runs through the Express workflow ({@code StartSyncExecution}), and what the
 * workflow emitted is read back from the execution's output. Every started extension gets its own tenant prefix
 * ({@code acc-<random>-}), so scenarios never see each other's orders nor disturb real tenants.
 *
 * <p>Opt-in: {@code -Dwaittimes.stack=WaitTimesExtension} (or {@code -Dwaittimes.stateMachineArn=...}), with the
 * region and credentials of the usual AWS chain. The stack must run the default settings; scenarios that configure
 * the extension otherwise are skipped, with the reason.
 */
public final class StepFunctionsDriver extends RecordingDriver {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StepFunctionsWorkflow workflow;
    private String prefix;

    private StepFunctionsDriver(StepFunctionsWorkflow workflow) {
        this.workflow = workflow;
    }

    /** @return why the deployed driver cannot run here, if it cannot: no stack was named */
    public static Optional<String> whyNotConfigured() {
        if (System.getProperty("waittimes.stack") == null && System.getProperty("waittimes.stateMachineArn") == null) {
            return Optional.of("no deployed stack named: run with -Dwaittimes.stack=WaitTimesExtension"
                    + " (or -Dwaittimes.stateMachineArn=...) and AWS credentials to test a deployed stack");
        }
        return Optional.empty();
    }

    /** @return a driver of the stack named by the system properties */
    public static StepFunctionsDriver fromSystemProperties() {
        return new StepFunctionsDriver(StepFunctionsWorkflow.fromSystemProperties());
    }

    @Override
    public void start(WaitTimeSettings settings) {
        // A deployed stack cannot be reconfigured per scenario: run only the scenarios of the default settings.
        org.junit.jupiter.api.Assumptions.assumeTrue(settings.equals(WaitTimeSettings.DEFAULTS),
                "this scenario configures the extension (" + settings + "); a deployed stack runs the defaults");
        prefix = "acc-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        updates.clear();
        rejections.clear();
    }

    @Override
    public void deliver(BusEvent e) {
        BusEvent own = new BusEvent(e.kind(), prefix + e.id(), e.tenant() == null ? null : prefix + e.tenant(),
                e.orderId(), e.drink(), e.time());
        WorkflowOutcome outcome = workflow.run(BusEventJson.of(own));
        if (outcome instanceof WorkflowOutcome.Emitted emitted) {
            emitted.entries().forEach(this::observe);
        } else if (outcome instanceof WorkflowOutcome.Rejected rejected) {
            rejected.entries().forEach(this::observe);
            // the workflow's output names the first rejection only
            rejections.add(new ObservedRejection(rejected.rejection().id(), rejected.rejection().reason().name(),
                    rejected.rejection().message(),
                    rejected.rejection().eventRef()));
        } else {
            throw new AssertionError("the workflow did not complete: " + outcome);
        }
    }

    private void observe(EmittedEntry entry) {
        try {
            JsonNode detail = JSON.readTree(entry.detail());
            ObservedWaitTime u = LambdaHandlerDriver.observe(detail);
            updates.add(new ObservedWaitTime(u.tenant().substring(prefix.length()), u.drink(), u.duration(), u.p50(),
                    u.p90(), u.sampleSize(), u.windowSize(), u.updateId()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public boolean renamesTenants() {
        return true;
    }

    @Override
    public void close() {
        workflow.close();
    }
}
