/**
 * The DynamoDB store (AWS SDK v2, sync client, low-level API): order records and sample indexes in one table
 * ({@link dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable}), written with conditional single-item requests only (no
 * transactions) and read by key or by one bounded, paged {@code Query} of a key's index (never a Scan) — see
 * {@code docs/adr/0012-sample-index.md}.
 */
package dev.adhoc.waittimes.aws.dynamodb;
