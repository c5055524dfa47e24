/**
 * In-memory implementations of the rest of core's out-ports (publisher, rejection reporter), and any extension or
 * wait times run on core's in-memory stores ({@code dev.adhoc.waittimes.core.memory}): fast, deterministic,
 * thread-safe, bounded.
 */
package dev.adhoc.waittimes.inmemory;
