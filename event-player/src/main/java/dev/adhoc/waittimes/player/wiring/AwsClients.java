package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.eventbridge.EventBridgeClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.net.URI;
import java.util.Optional;

/**
 * The AWS clients of a run, built with the adapters' own factories. Against a loopback endpoint (a local server)
 * they use static dummy credentials and any region, so a local run never needs, or touches, real credentials.
 */
final class AwsClients {
    /** The region used against a local endpoint when none is given. */
    static final String LOCAL_REGION = "us-east-1";

    private AwsClients() {
    }

    static EventBridgeClient eventBridge(ExtensionConfig config) {
        Optional<URI> endpoint = config.eventBridgeEndpoint();
        return EventBridgeClients.create(endpoint, region(config, endpoint).map(Region::of), credentials(endpoint));
    }

    /** @return the given region; else, against an endpoint override, any region; else the SDK's chain (empty) */
    static Optional<String> region(ExtensionConfig config, Optional<URI> endpoint) {
        return config.region().or(() -> endpoint.map(e -> LOCAL_REGION));
    }

    private static Optional<AwsCredentialsProvider> credentials(Optional<URI> endpoint) {
        return endpoint.filter(DynamoDbClients::isLoopback)
                .map(e -> StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
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
