/** The use cases, as plain classes over the ports. */
package dev.adhoc.waittimes.core.application;
