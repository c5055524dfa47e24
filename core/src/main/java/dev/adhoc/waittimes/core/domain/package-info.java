/**
 * What the bus says about orders, shared by every extension: tenants, drinks, orders, their events (submitted,
 * claimed, completed, closed), the record of every report of one order, and rejections. All immutable.
 */
package dev.adhoc.waittimes.core.domain;
