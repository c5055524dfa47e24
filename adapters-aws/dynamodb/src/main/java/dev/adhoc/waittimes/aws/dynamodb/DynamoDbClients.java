package dev.adhoc.waittimes.aws.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Builds the {@link DynamoDbClient} the store uses: sync, on the URLConnection HTTP client (fastest cold start,
 * smallest jar: no Apache or Netty client), the SDK's standard retries left on (they handle throttling).
 *
 * <p>Credentials: the default provider chain (Lambda's role), except against a loopback endpoint, where static
 * dummy credentials are used — a local server checks none, and tests never touch real ones.
 */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    /**
     * @param config       region and optional endpoint override
     * @param interceptors e.g. a {@link DynamoDbRequestMeter}
     * @return a new client; close it when done
     */
    public static DynamoDbClient create(DynamoDbConfig config, ExecutionInterceptor... interceptors) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(config.region()))
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(credentials(config))
                .overrideConfiguration(o -> {
                    for (ExecutionInterceptor interceptor : interceptors) {
                        o.addExecutionInterceptor(interceptor);
                    }
                });
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** @return whether the URI names a loopback address ({@code localhost}, 127.0.0.0/8, {@code ::1}) */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false; // a name: never resolve it here
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static AwsCredentialsProvider credentials(DynamoDbConfig config) {
        if (config.endpoint().filter(DynamoDbClients::isLoopback).isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
