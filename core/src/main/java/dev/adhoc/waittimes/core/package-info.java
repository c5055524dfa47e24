/**
 * A kernel for ad-hoc consumers of order events, and the wait-times extension built on it. JDK only.
 *
 * <ul>
 *   <li>{@link dev.adhoc.waittimes.core.domain} — what the bus says about orders: events, the record of an order;</li>
 *   <li>{@link dev.adhoc.waittimes.core.engine} — the engine and what an extension configures: counting, windows, figures;</li>
 *   <li>{@link dev.adhoc.waittimes.core.waittimes} — the wait-times extension: its rules, settings, figures and use cases;</li>
 *   <li>{@link dev.adhoc.waittimes.core.port.in} — what drives wait times (record an order event, read a wait time);</li>
 *   <li>{@link dev.adhoc.waittimes.core.port.out} — what the engine needs (order records, the sample index, publishing, reporting).</li>
 * </ul>
 */
package dev.adhoc.waittimes.core;
