package dev.adhoc.waittimes.aws.eventbridge;

import dev.adhoc.waittimes.aws.sdk.Loopback;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;

import java.net.URI;
import java.util.Optional;

/** Builds EventBridge clients on the URLConnection HTTP client (no Apache or Netty: smaller, faster cold start). */
public final class EventBridgeClients {
    private EventBridgeClients() {
    }

    /**
     * @param endpoint    an endpoint override (a local stub), or empty for the region's endpoint
     * @param region      the region, or empty for {@link Loopback#REGION} against a loopback endpoint, else for the
     *                    SDK's default chain ({@code AWS_REGION}, profile)
     * @param credentials the credentials, or empty for {@link Loopback#credentials() dummy ones} against a loopback
     *                    endpoint, else for the SDK's default chain
     * @return a client; build it once and reuse it
     */
    public static EventBridgeClient create(Optional<URI> endpoint, Optional<Region> region,
                                           Optional<AwsCredentialsProvider> credentials) {
        EventBridgeClientBuilder builder = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create());
        endpoint.ifPresent(builder::endpointOverride);
        region.or(() -> endpoint.filter(Loopback::isLoopback).map(e -> Loopback.REGION)).ifPresent(builder::region);
        credentials.or(() -> Loopback.credentialsFor(endpoint)).ifPresent(builder::credentialsProvider);
        return builder.build();
    }
}
