/**
 * A kernel for ad-hoc consumers of order events, and the wait-times extension built on it. JDK only. Each package
 * depends only on those listed before it: domain, engine, waittimes.
 *
 * <ul>
 *   <li>{@link dev.adhoc.waittimes.core.domain} — what the bus says about orders: events, the record of an order;</li>
 *   <li>{@link dev.adhoc.waittimes.core.engine} — the engine and what an extension configures: counting, windows,
 *       figures; {@link dev.adhoc.waittimes.core.engine.port} — what it needs from storage (order records, the sample
 *       index);</li>
 *   <li>{@link dev.adhoc.waittimes.core.waittimes} — the wait-times extension: its rules, settings, figures and use
 *       cases; {@link dev.adhoc.waittimes.core.waittimes.port.in} what drives it (record an order event, read a wait
 *       time), {@link dev.adhoc.waittimes.core.waittimes.port.out} where its updates and rejections go.</li>
 * </ul>
 */
package dev.adhoc.waittimes.core;
