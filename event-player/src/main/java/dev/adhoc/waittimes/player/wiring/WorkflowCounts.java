package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.stepfunctions.Execution;

import java.time.Duration;
import java.util.Locale;

/** What the workflow's executions did in a run, for the summary's last line and the exit status. Not thread-safe. */
final class WorkflowCounts {
    private long succeeded;
    private long failed;
    private long timedOut;
    private long callsFailed;
    private Duration billed = Duration.ZERO;

    void succeeded(Execution execution) {
        succeeded++;
        billed = billed.plus(execution.billedDuration());
    }

    void failed(Execution execution) {
        failed++;
        billed = billed.plus(execution.billedDuration());
    }

    void timedOut(Execution execution) {
        timedOut++;
        billed = billed.plus(execution.billedDuration());
    }

    void callFailed() {
        callsFailed++;
    }

    /** @return events the workflow did not process: failed or timed-out executions, and calls that failed */
    long failures() {
        return failed + timedOut + callsFailed;
    }

    /** @return e.g. {@code failed 1, timed out 0, calls failed 0} */
    String failuresLine() {
        return String.format(Locale.ROOT, "%d failed, %d timed out, %d calls failed", failed, timedOut, callsFailed);
    }

    /** @return the summary's line on the workflow */
    String line(String stateMachineArn) {
        return String.format(Locale.ROOT, "stepfunctions: %d executions of %s (%d succeeded, %s), %.1f s billed",
                succeeded + failed + timedOut, stateMachineArn, succeeded, failuresLine(), billed.toMillis() / 1000.0);
    }
}
