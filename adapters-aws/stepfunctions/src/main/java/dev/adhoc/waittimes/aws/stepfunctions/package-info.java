/**
 * Drives the deployed Express workflow: runs one EventBridge event with {@code StartSyncExecution} and maps the
 * execution to a typed {@link dev.adhoc.waittimes.aws.stepfunctions.WorkflowOutcome} (see docs/adr/0009).
 */
package dev.adhoc.waittimes.aws.stepfunctions;
