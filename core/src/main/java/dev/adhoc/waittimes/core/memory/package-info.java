/**
 * The engine's ports kept in this process's memory: for tests, single-process runs and the event player.
 * {@link dev.adhoc.waittimes.core.memory.InMemoryOrderRecords} and
 * {@link dev.adhoc.waittimes.core.memory.InMemorySampleIndex} are thread-safe and bounded: what has expired on their
 * clock is dropped, as DynamoDB's TTL would drop it. They are the only in-memory stores of the project; core's own
 * tests run the engine on them.
 */
package dev.adhoc.waittimes.core.memory;
