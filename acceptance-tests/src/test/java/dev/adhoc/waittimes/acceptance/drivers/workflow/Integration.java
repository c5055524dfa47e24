package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/** What a Task state's {@code Resource} does, emulated in the test JVM with the service's documented behaviour. */
interface Integration {
    /**
     * @param input     the task's effective input (after {@code InputPath} and {@code Parameters})
     * @param execution the running execution
     * @return the task's result
     * @throws TaskFailure as the service integration would fail the task
     */
    JsonNode call(JsonNode input, ExecutionRef execution);

    /**
     * The execution a task runs in, as the integrations see it.
     *
     * @param executionArn    {@code $$.Execution.Id}
     * @param stateMachineArn {@code $$.StateMachine.Id}
     */
    record ExecutionRef(String executionArn, String stateMachineArn) {
    }
}
