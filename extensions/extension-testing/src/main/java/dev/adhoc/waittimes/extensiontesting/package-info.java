/**
 * The fixtures the extensions' tests share: an adapter set ({@link dev.adhoc.waittimes.extensiontesting.Stores}),
 * a fresh table on the test JVM's shared dynalite ({@link dev.adhoc.waittimes.extensiontesting.FreshTable}), an
 * extension driven end to end as a deployment runs it
 * ({@link dev.adhoc.waittimes.extensiontesting.ExtensionDriver}), a coffee bar's bus events
 * ({@link dev.adhoc.waittimes.extensiontesting.CoffeeBarEvents}) and the bus's delivery of generated reports
 * ({@link dev.adhoc.waittimes.extensiontesting.Deliveries}). Used in test scope only.
 */
package dev.adhoc.waittimes.extensiontesting;
