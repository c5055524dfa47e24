/**
 * Input and output formats: JSON lines or a JSON array of EventBridge events in, simulated envelopes and the
 * jsonl updates (the contract's PutEvents entries) out.
 */
package dev.adhoc.waittimes.player.io;
