/**
 * Test tooling: local servers on loopback that tests start and stop themselves — {@link
 * dev.adhoc.waittimes.testsupport.DynaliteServer} (a DynamoDB-compatible server) and the JUnit 5 extension that
 * shares one per test JVM.
 */
package dev.adhoc.waittimes.testsupport;
