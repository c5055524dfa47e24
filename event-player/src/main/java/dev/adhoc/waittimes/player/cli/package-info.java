/** The commands ({@code replay}, {@code simulate}), their options, usage errors and exit statuses (picocli). */
package dev.adhoc.waittimes.player.cli;
