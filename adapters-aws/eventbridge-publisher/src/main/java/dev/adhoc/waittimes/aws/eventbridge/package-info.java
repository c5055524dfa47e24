/**
 * EventBridge driven adapter: {@link dev.adhoc.waittimes.aws.eventbridge.EventBridgeWaitTimePublisher} puts
 * wait-time updates on a bus with the AWS SDK v2 ({@code PutEvents}), resending only the entries that failed.
 */
package dev.adhoc.waittimes.aws.eventbridge;
