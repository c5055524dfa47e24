/**
 * The EventBridge JSON contract of the wait-times extension: our own envelope and detail records for the
 * Serverlesspresso events it consumes, their MapStruct mapping to core commands ({@link OrderEventParser}), and the
 * {@code OrderManager.DrinkAverageTime} event it emits ({@link WaitTimeEntries}). No AWS SDK here: plain Jackson.
 */
package dev.adhoc.waittimes.aws.contract;
