/**
 * The rules every AWS client of this project follows, in one place: which endpoint overrides are accepted
 * ({@link dev.adhoc.waittimes.aws.sdk.EndpointOverride}), which of them are on this machine, and the dummy
 * credentials and region used there ({@link dev.adhoc.waittimes.aws.sdk.Loopback}) — see
 * {@code docs/adr/0022-one-place-for-aws-client-rules.md}.
 */
package dev.adhoc.waittimes.aws.sdk;
