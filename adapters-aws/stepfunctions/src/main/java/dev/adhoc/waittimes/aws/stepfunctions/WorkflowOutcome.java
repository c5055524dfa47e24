package dev.adhoc.waittimes.aws.stepfunctions;

import dev.adhoc.waittimes.core.domain.Rejection;

import java.util.List;
import java.util.Objects;

/**
 * What one execution of the workflow did with one event. A failed or timed-out execution is an outcome too, with its
 * error and cause: nothing is swallowed.
 */
public sealed interface WorkflowOutcome {

    /** @return the execution that produced this outcome */
    Execution execution();

    /** The handler's status for an event it did not reject. */
    enum Status {
        /** The event was recorded; the entries are the updates it caused (possibly none, e.g. a duplicate). */
        ACCEPTED,
        /** The event's detail-type is not one the extension consumes; nothing was recorded or emitted. */
        IGNORED
    }

    /**
     * The execution succeeded and the workflow emitted these entries.
     *
     * @param status    whether the event was recorded or ignored
     * @param entries   the {@code PutEvents} entries emitted, in order (at most two per event)
     * @param execution the execution
     */
    record Emitted(Status status, List<EmittedEntry> entries, Execution execution) implements WorkflowOutcome {
        /** Copies the entries. */
        public Emitted {
            Objects.requireNonNull(status, "status");
            entries = List.copyOf(entries);
            Objects.requireNonNull(execution, "execution");
        }
    }

    /**
     * The execution succeeded; the handler rejected the event (the workflow sent it to the dead-letter queue).
     *
     * @param rejection the typed reason, the message and the event's reference
     * @param entries   entries emitted anyway (normally none)
     * @param execution the execution
     */
    record Rejected(Rejection rejection, List<EmittedEntry> entries, Execution execution) implements WorkflowOutcome {
        /** Copies the entries. */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
            entries = List.copyOf(entries);
            Objects.requireNonNull(execution, "execution");
        }
    }

    /**
     * The execution failed (status {@code FAILED}), e.g. the Lambda kept failing after the task's retries.
     *
     * @param error     the execution's error code, e.g. {@code States.TaskFailed}; empty if Step Functions gave none
     * @param cause     the execution's cause, often the Lambda's error JSON; empty if Step Functions gave none
     * @param execution the execution
     */
    record Failed(String error, String cause, Execution execution) implements WorkflowOutcome {
        /** @throws NullPointerException if a component is null */
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(execution, "execution");
        }
    }

    /**
     * The execution exceeded its timeout (status {@code TIMED_OUT}).
     *
     * @param error     the execution's error code, e.g. {@code States.Timeout}; empty if Step Functions gave none
     * @param cause     the execution's cause; empty if Step Functions gave none
     * @param execution the execution
     */
    record TimedOut(String error, String cause, Execution execution) implements WorkflowOutcome {
        /** @throws NullPointerException if a component is null */
        public TimedOut {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(execution, "execution");
        }
    }
}
