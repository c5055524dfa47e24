package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The extension's state: order records and counted samples, the clock that dates record expiry, and what the store cost.
 *
 * @param orders  order records
 * @param samples the counted samples
 * @param clock   the clock of record expiry
 * @param cost    a line on the requests the store made so far, for stores that are billed per request
 */
record StateStore(OrderRecords orders, SampleIndex samples, Clock clock, Supplier<Optional<String>> cost) {
}
