/**
 * Domain values of the wait-times extension, all immutable: tenants, drinks, orders and their events, the record
 * kept per open order, the rolling window per (tenant, drink) with its {@link dev.adhoc.waittimes.core.domain.WindowPolicy},
 * and the updates emitted.
 */
package dev.adhoc.waittimes.core.domain;
