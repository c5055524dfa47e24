/**
 * The Lambda composition root: {@link dev.adhoc.waittimes.aws.lambda.OrderEventFunction} records one EventBridge
 * event as the Step Functions task passes it, with one extension's engine configuration and output mapping, and
 * returns the {@code PutEvents} entries for the workflow to emit (ADR 0003, 0020). Its instances Lambda constructs:
 * {@link dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler} (wait times),
 * {@link dev.adhoc.waittimes.aws.lambda.WaitTimeAlertsHandler} and
 * {@link dev.adhoc.waittimes.aws.lambda.ThroughputHandler}. Configuration comes from environment variables
 * ({@link dev.adhoc.waittimes.aws.lambda.LambdaSettings}).
 */
package dev.adhoc.waittimes.aws.lambda;
