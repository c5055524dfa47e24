/** In-memory implementations of every out-port of core: fast, deterministic, thread-safe, bounded. */
package dev.adhoc.waittimes.inmemory;
