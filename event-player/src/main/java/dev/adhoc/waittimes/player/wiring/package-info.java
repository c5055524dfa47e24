/**
 * The extension composed for a run: the contract's parser, core's use case, the in-memory or DynamoDB store,
 * and the stdout or EventBridge publisher, as the Lambda composes them.
 */
package dev.adhoc.waittimes.player.wiring;
