/**
 * The DynamoDB store (AWS SDK v2, sync client, low-level API): order records and windows in one table
 * ({@link dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable}), written with conditional single-item requests only
 * (no transactions, no Scan, no Query) — see {@code docs/adr/0002} and {@code docs/adr/0004}.
 */
package dev.adhoc.waittimes.aws.dynamodb;
