/**
 * The event player: a command that simulates a Serverlesspresso coffee bar or replays an archive of its bus events
 * through the wait-times extension, composed exactly as the Lambda composes it. Entry point: {@link
 * dev.adhoc.waittimes.player.EventPlayer}. Sub-packages by role: {@code cli} (commands and options), {@code
 * simulation} (the simulated bars), {@code io} (input and output formats), {@code view} (what a person sees) and
 * {@code wiring} (the extension composed from core and the adapters).
 */
package dev.adhoc.waittimes.player;
