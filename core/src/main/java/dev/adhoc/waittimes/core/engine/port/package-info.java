/**
 * What the engine needs from storage, one interface per capability: the order records
 * ({@link dev.adhoc.waittimes.core.engine.port.OrderRecords}) and each key's index of counted samples
 * ({@link dev.adhoc.waittimes.core.engine.port.SampleIndex}). Any extension's stores implement these.
 */
package dev.adhoc.waittimes.core.engine.port;
