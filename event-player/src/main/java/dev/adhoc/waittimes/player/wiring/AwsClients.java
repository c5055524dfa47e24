package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.eventbridge.EventBridgeClients;
import dev.adhoc.waittimes.aws.sdk.Loopback;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.net.URI;
import java.util.Optional;

/**
 * The AWS clients of a run, built with the adapters' own factories. Against a loopback endpoint (a local server)
 * they use static dummy credentials and any region ({@link Loopback}), so a local run never needs, or touches, real
 * credentials.
 */
final class AwsClients {
    /** The region used against an endpoint override when none is given. */
    static final String LOCAL_REGION = Loopback.REGION.id();

    private AwsClients() {
    }

    static EventBridgeClient eventBridge(ExtensionConfig config) {
        Optional<URI> endpoint = config.eventBridgeEndpoint();
        return EventBridgeClients.create(endpoint, region(config, endpoint).map(Region::of),
                Loopback.credentialsFor(endpoint));
    }

    /** @return the given region; else, against an endpoint override, any region; else the SDK's chain (empty) */
    static Optional<String> region(ExtensionConfig config, Optional<URI> endpoint) {
        return config.region().or(() -> endpoint.map(e -> LOCAL_REGION));
    }

    /** @return the region of the SDK's chain ({@code AWS_REGION}, the profile) */
    static String defaultRegion() {
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
        } catch (SdkClientException e) {
            throw new IllegalStateException("no AWS region: give --region, or set AWS_REGION", e);
        }
    }
}
