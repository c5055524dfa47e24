package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.aws.eventbridge.EventBridgeClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
        return endpoint.filter(AwsClients::isLoopback)
                .map(e -> StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    /** @return whether the URI names a loopback address; a host name other than localhost is never resolved */
    static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
