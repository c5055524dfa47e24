/**
 * The wait-times extension, one configuration of the engine: the rules of a wait (contract, section 2) in
 * {@link dev.adhoc.waittimes.core.waittimes.WaitTimeRules}, its settings, its figures, its update, and the use cases
 * in {@link dev.adhoc.waittimes.core.waittimes.WaitTimesService}.
 */
package dev.adhoc.waittimes.core.waittimes;
