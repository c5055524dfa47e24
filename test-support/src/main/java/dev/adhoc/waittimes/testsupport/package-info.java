/** Test tooling: local servers on loopback that tests start and stop themselves. */
package dev.adhoc.waittimes.testsupport;
