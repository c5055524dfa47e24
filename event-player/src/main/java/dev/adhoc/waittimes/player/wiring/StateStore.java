package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;

import java.time.Clock;

/**
 * The extension's state: order records and windows, the clock that dates record expiry, and what to close.
 *
 * @param orders    order records
 * @param windows   windows
 * @param clock     the clock of record expiry
 * @param resources closed at the end of the run (a client)
 */
record StateStore(OrderRecords orders, WaitTimeWindows windows, Clock clock, AutoCloseable resources) {
}
