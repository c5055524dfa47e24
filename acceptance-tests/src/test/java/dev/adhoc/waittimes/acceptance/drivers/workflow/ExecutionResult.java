package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * How one execution of the workflow ended, as the interpreter reports it.
 *
 * @param arn    the execution's ARN ({@code $$.Execution.Id})
 * @param name   the execution's name ({@code $$.Execution.Name})
 * @param status {@code SUCCEEDED}, {@code FAILED} or {@code TIMED_OUT}
 * @param output the execution's output when it succeeded, else null
 * @param error  the execution's error when it did not succeed, else null
 * @param cause  the execution's cause when it did not succeed, else null
 * @param events what happened to the states, in order
 */
record ExecutionResult(String arn, String name, String status, JsonNode output, String error, String cause,
                       List<StateEvent> events) {
    /**
     * One event of a state: {@code StateEntered}, {@code StateFailed}, {@code StateRetried}, {@code StateCaught},
     * {@code StateExited}.
     *
     * @param type  the event's type
     * @param state the state's name
     * @param error the error, for {@code StateFailed}
     */
    record StateEvent(String type, String state, String error) {
    }

    ExecutionResult {
        events = List.copyOf(events);
    }

    boolean succeeded() {
        return status.equals("SUCCEEDED");
    }

    /** @return the states entered, in order */
    List<String> statesEntered() {
        return events.stream().filter(e -> e.type().equals("StateEntered")).map(StateEvent::state).toList();
    }

    /** @return how many times a state was retried */
    long retries(String state) {
        return events.stream().filter(e -> e.type().equals("StateRetried") && e.state().equals(state)).count();
    }

    @Override
    public String toString() {
        return "execution " + name + " " + status + (succeeded() ? " with " + output : ": " + error + ": " + cause)
                + " through " + statesEntered();
    }
}
