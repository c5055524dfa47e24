package dev.adhoc.waittimes.aws.stepfunctions;

import dev.adhoc.waittimes.aws.sdk.EndpointOverride;
import dev.adhoc.waittimes.aws.sdk.Loopback;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Step Functions (and CloudFormation, for the stack's outputs).
 *
 * @param endpoint            an endpoint override (a loopback stub, a VPC endpoint); empty for the regional endpoint
 * @param region              the region; empty for the SDK's default region chain
 * @param credentials         the credentials; empty for the SDK's default credentials chain
 * @param maxAttempts         attempts per call when Step Functions throttles, the first included (at least 1)
 * @param throttlingBaseDelay the base of the exponential, fully jittered backoff between throttled attempts
 * @param throttlingMaxDelay  the longest wait between two throttled attempts
 * @param readTimeout         how long a call may wait for its response: longer than the workflow's own timeout, since
 *                            {@code StartSyncExecution} answers when the execution ends (Express: 5 minutes at most)
 */
public record StepFunctionsSettings(Optional<URI> endpoint, Optional<Region> region,
                                    Optional<AwsCredentialsProvider> credentials, int maxAttempts,
                                    Duration throttlingBaseDelay, Duration throttlingMaxDelay, Duration readTimeout) {
    /** System property: the endpoint override, e.g. {@code http://127.0.0.1:8083}. */
    public static final String ENDPOINT_PROPERTY = "waittimes.endpoint";
    /** System property: the region, e.g. {@code eu-west-1}. */
    public static final String REGION_PROPERTY = "waittimes.region";
    /** The region assumed for a loopback endpoint when none is given: {@link Loopback#REGION}. */
    public static final Region LOOPBACK_REGION = Loopback.REGION;

    /** @throws IllegalArgumentException if maxAttempts is below 1 or a duration is negative */
    public StepFunctionsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (throttlingBaseDelay.isNegative() || throttlingMaxDelay.isNegative() || readTimeout.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /**
     * @return the regional endpoint, the SDK's default region and credentials chains, up to 8 attempts on throttling
     *         (backoff from 250 ms up to 10 s), and a read timeout of 5 min 30 s
     */
    public static StepFunctionsSettings defaults() {
        return new StepFunctionsSettings(Optional.empty(), Optional.empty(), Optional.empty(), 8,
                Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofSeconds(330));
    }

    /** @return the defaults against an endpoint on this machine, in {@link #LOOPBACK_REGION}, with dummy credentials */
    public static StepFunctionsSettings loopback(URI endpoint) {
        return defaults().withEndpoint(endpoint).withRegion(LOOPBACK_REGION).withCredentials(Loopback.credentials());
    }

    /**
     * @param endpoint an endpoint override
     * @return {@link #loopback} settings for an endpoint on this machine ({@link Loopback#isLoopback}); else the
     *         defaults (the SDK's region and credentials chains) against that endpoint
     */
    public static StepFunctionsSettings forEndpoint(URI endpoint) {
        return Loopback.isLoopback(endpoint) ? loopback(endpoint) : defaults().withEndpoint(endpoint);
    }

    /**
     * Reads {@value #ENDPOINT_PROPERTY} and {@value #REGION_PROPERTY}. An endpoint on a loopback address gets dummy
     * credentials (and {@link #LOOPBACK_REGION} unless a region is given); any other uses the default chains.
     *
     * @param properties e.g. {@code System.getProperties()} as a map
     * @return the settings
     * @throws IllegalArgumentException if the endpoint is not an {@linkplain EndpointOverride accepted override}
     */
    public static StepFunctionsSettings fromProperties(Map<String, String> properties) {
        String endpoint = blankToNull(properties.get(ENDPOINT_PROPERTY));
        String region = blankToNull(properties.get(REGION_PROPERTY));
        StepFunctionsSettings settings = defaults();
        if (endpoint != null) {
            settings = forEndpoint(EndpointOverride.parse(endpoint).orElseThrow(() -> new IllegalArgumentException(
                    ENDPOINT_PROPERTY + " must be " + EndpointOverride.EXPECTED + ", was " + endpoint)));
        }
        return region == null ? settings : settings.withRegion(Region.of(region));
    }

    /** @return these settings with an endpoint override */
    public StepFunctionsSettings withEndpoint(URI endpointOverride) {
        return new StepFunctionsSettings(Optional.of(endpointOverride), region, credentials, maxAttempts,
                throttlingBaseDelay, throttlingMaxDelay, readTimeout);
    }

    /** @return these settings in a region */
    public StepFunctionsSettings withRegion(Region newRegion) {
        return new StepFunctionsSettings(endpoint, Optional.of(newRegion), credentials, maxAttempts,
                throttlingBaseDelay, throttlingMaxDelay, readTimeout);
    }

    /** @return these settings with credentials */
    public StepFunctionsSettings withCredentials(AwsCredentialsProvider provider) {
        return new StepFunctionsSettings(endpoint, region, Optional.of(provider), maxAttempts,
                throttlingBaseDelay, throttlingMaxDelay, readTimeout);
    }

    /** @return these settings with another bound and backoff for throttled calls */
    public StepFunctionsSettings withThrottlingRetries(int attempts, Duration baseDelay, Duration maxDelay) {
        return new StepFunctionsSettings(endpoint, region, credentials, attempts, baseDelay, maxDelay, readTimeout);
    }

    /** @return these settings with another read timeout */
    public StepFunctionsSettings withReadTimeout(Duration timeout) {
        return new StepFunctionsSettings(endpoint, region, credentials, maxAttempts,
                throttlingBaseDelay, throttlingMaxDelay, timeout);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
