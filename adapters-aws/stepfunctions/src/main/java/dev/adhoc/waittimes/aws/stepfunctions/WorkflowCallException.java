package dev.adhoc.waittimes.aws.stepfunctions;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code StartSyncExecution} call itself failed, after the retries of throttling: access denied, unknown state
 * machine, invalid input, a server error or a broken connection. Unlike a {@link WorkflowOutcome.Failed}, there is
 * no execution result; after a server error or a broken connection the execution may nevertheless have run.
 */
public final class WorkflowCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stateMachineArn;
    private final String executionName;

    WorkflowCallException(String stateMachineArn, String executionName, SdkException cause) {
        super("StartSyncExecution of " + executionName + " on " + stateMachineArn + " failed"
                + (cause.numAttempts() == null ? "" : " after " + cause.numAttempts() + " attempt(s)")
                + ": " + cause.getMessage(), cause);
        this.stateMachineArn = stateMachineArn;
        this.executionName = executionName;
    }

    /** @return the state machine the call targeted */
    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** @return the execution name the call used */
    public String executionName() {
        return executionName;
    }
}
