/**
 * The Lambda driving adapter: {@link dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler} records one
 * EventBridge event as the Step Functions task passes it, and returns the {@code PutEvents} entries for the workflow
 * to emit (ADR 0003). Configuration comes from environment variables
 * ({@link dev.adhoc.waittimes.aws.lambda.LambdaSettings}).
 */
package dev.adhoc.waittimes.aws.lambda;
