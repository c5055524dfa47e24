/**
 * The wait-times extension's core: domain types, ports and use cases, with no dependency beyond the JDK.
 *
 * <ul>
 *   <li>{@link dev.adhoc.waittimes.core.domain} — immutable values and the rolling-window policy;</li>
 *   <li>{@link dev.adhoc.waittimes.core.port.in} — what drives the extension (record an order event, read a wait time);</li>
 *   <li>{@link dev.adhoc.waittimes.core.port.out} — what the extension needs (order records, windows, publishing, reporting);</li>
 *   <li>{@link dev.adhoc.waittimes.core.application} — the use cases, wired by {@link dev.adhoc.waittimes.core.application.WaitTimesService#builder()}.</li>
 * </ul>
 */
package dev.adhoc.waittimes.core;
