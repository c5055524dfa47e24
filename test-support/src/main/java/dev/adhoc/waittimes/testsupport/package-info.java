/**
 * Test tooling, for this repository's tests and for those of a project that builds on its modules (from the
 * {@code test-support} jar, no checkout needed): {@link dev.adhoc.waittimes.testsupport.DynaliteServer} (a
 * DynamoDB-compatible server on loopback, started from the project's own {@code node_modules}) and the JUnit 5
 * extension that shares one per test JVM; the EventBridge events of Serverlesspresso's bus, as fixtures
 * ({@link dev.adhoc.waittimes.testsupport.EventFixtures}) and written with values of your choice
 * ({@link dev.adhoc.waittimes.testsupport.BusEvents}); the context a Lambda handler gets
 * ({@link dev.adhoc.waittimes.testsupport.LambdaTestContext}).
 */
package dev.adhoc.waittimes.testsupport;
