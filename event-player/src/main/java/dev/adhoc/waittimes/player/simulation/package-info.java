/**
 * Simulated Serverlesspresso bars: deterministic for a seed, streaming (bounded memory), paced against the wall
 * clock or as fast as possible. Depends on nothing of the project: it only produces events.
 */
package dev.adhoc.waittimes.player.simulation;
