/**
 * The engine every order-event consumer runs: an extension is a {@link dev.adhoc.waittimes.core.engine.Configuration}
 * of what counts ({@link dev.adhoc.waittimes.core.engine.Counting}), which samples make a window
 * ({@link dev.adhoc.waittimes.core.engine.WindowPolicy}) and what a window shows
 * ({@link dev.adhoc.waittimes.core.engine.Summary}); the {@link dev.adhoc.waittimes.core.engine.Engine} records
 * events and reports {@link dev.adhoc.waittimes.core.engine.Update}s with the figures before and after.
 */
package dev.adhoc.waittimes.core.engine;
