package dev.adhoc.waittimes.aws.stepfunctions;

/**
 * The execution ended but its response is not what docs/adr/0003 promises: an unknown status, or an output that is
 * not the handler's result. This is a deployment mismatch, not a property of the event, so it is an exception.
 */
public final class UnexpectedWorkflowOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String executionArn;
    private final String output;

    UnexpectedWorkflowOutputException(String executionArn, String output, String problem) {
        super("execution " + executionArn + ": " + problem + "; output: " + abbreviate(output));
        this.executionArn = executionArn;
        this.output = output;
    }

    /** @return the execution whose response was unexpected */
    public String executionArn() {
        return executionArn;
    }

    /** @return the execution's raw output, or null if it had none */
    public String output() {
        return output;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
