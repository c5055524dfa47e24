package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.aws.sdk.Loopback;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.time.Duration;

/**
 * Builds the {@link DynamoDbClient} the store uses: sync, on the URLConnection HTTP client (fastest cold start,
 * smallest jar: no Apache or Netty client), with the SDK's standard retries (they handle throttling) and time-outs
 * that fit a Lambda invocation: an attempt that stalls is abandoned after {@link #ATTEMPT_TIMEOUT} and retried, and a
 * call gives up after {@link #CALL_TIMEOUT}, retries included, leaving the rest of the function's 10 s to the
 * event's other calls and to its answer.
 *
 * <p>Credentials: the default provider chain (Lambda's role), except against a loopback endpoint, where
 * {@link Loopback#credentials() static dummy credentials} are used — a local server checks none, and tests never
 * touch real ones.
 */
public final class DynamoDbClients {
    /**
     * How long one HTTP attempt may take before the SDK abandons it and retries: a DynamoDB request takes
     * milliseconds, so an attempt this slow is a stalled connection, not a slow answer.
     */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    /** How long one API call may take, its retries and their back-off included. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

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
                    o.retryStrategy(RetryMode.STANDARD)
                            .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                            .apiCallTimeout(CALL_TIMEOUT);
                    for (ExecutionInterceptor interceptor : interceptors) {
                        o.addExecutionInterceptor(interceptor);
                    }
                });
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(DynamoDbConfig config) {
        return Loopback.credentialsFor(config.endpoint())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
