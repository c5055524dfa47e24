/** What a person sees: the wait-time table, progress, rejection lines and the closing summary. */
package dev.adhoc.waittimes.player.view;
