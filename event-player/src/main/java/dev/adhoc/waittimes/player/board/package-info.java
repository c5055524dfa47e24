/**
 * The live wait-time board: a web page the player serves on loopback ({@code --board}), one panel per tenant, pushed
 * by Server-Sent Events as the extension emits updates. {@link dev.adhoc.waittimes.player.board.BoardState} is what
 * the page shows, {@link dev.adhoc.waittimes.player.board.BoardServer} serves it with the JDK's HTTP server, and
 * {@link dev.adhoc.waittimes.player.board.LiveBoard} ties the server to a run (messages, Ctrl-C). Knows core's
 * domain, never the commands or the wiring.
 */
package dev.adhoc.waittimes.player.board;
