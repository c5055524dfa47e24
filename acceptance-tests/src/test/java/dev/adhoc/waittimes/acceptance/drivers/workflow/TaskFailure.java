package dev.adhoc.waittimes.acceptance.drivers.workflow;

/**
 * A task's failure, as Step Functions names it: the {@code Error} that {@code Retry} and {@code Catch} match, and the
 * {@code Cause}. A terminal failure ({@code States.DataLimitExceeded}) is neither retried nor caught.
 */
final class TaskFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final boolean terminal;

    TaskFailure(String error, String cause, boolean terminal) {
        super(cause, null, false, false);
        this.error = error;
        this.terminal = terminal;
    }

    /** @return a failure that {@code Retry} and {@code Catch} may match */
    static TaskFailure of(String error, String cause) {
        return new TaskFailure(error, cause, false);
    }

    String error() {
        return error;
    }

    String cause() {
        return getMessage();
    }

    boolean terminal() {
        return terminal;
    }
}
