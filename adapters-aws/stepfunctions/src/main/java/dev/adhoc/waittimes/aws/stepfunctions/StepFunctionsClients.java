package dev.adhoc.waittimes.aws.stepfunctions;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.time.Duration;

/** Builds the SDK clients from {@link StepFunctionsSettings}: URLConnection HTTP client, endpoint override, region. */
public final class StepFunctionsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private StepFunctionsClients() {
    }

    /**
     * A Step Functions client that retries <em>only</em> throttling, bounded and with backoff (docs/adr/0009: a
     * throttled call started no execution; any other failure may have run it, so it is reported instead).
     *
     * <p>With an endpoint override the {@code sync-states.} host prefix of {@code StartSyncExecution} is not
     * injected: the override names the exact host (a loopback stub, or the sync VPC endpoint).
     */
    public static SfnClient stepFunctions(StepFunctionsSettings settings) {
        return configure(SfnClient.builder(), settings)
                .overrideConfiguration(o -> o.retryStrategy(throttlingOnly(settings))
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
                                settings.endpoint().isPresent()))
                .build();
    }

    /** A CloudFormation client for reading a stack's outputs, with the SDK's default retries (reads are safe). */
    public static CloudFormationClient cloudFormation(StepFunctionsSettings settings) {
        return configure(CloudFormationClient.builder(), settings).build();
    }

    /** @return the retry strategy: throttling only, at most {@code maxAttempts} attempts, no shared token bucket */
    static RetryStrategy throttlingOnly(StepFunctionsSettings settings) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(settings.throttlingBaseDelay(),
                settings.throttlingMaxDelay());
        return StandardRetryStrategy.builder()
                .useClientDefaults(false) // the client's defaults would add 5xx and I/O errors
                .retryOnException(StepFunctionsClients::isThrottling)
                .treatAsThrottling(StepFunctionsClients::isThrottling)
                .maxAttempts(settings.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                // the bound is per call; a token bucket shared by all calls would stop retrying a long burst
                .circuitBreakerEnabled(false)
                .build();
    }

    private static boolean isThrottling(Throwable failure) {
        return failure instanceof SdkServiceException service && service.isThrottlingException();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, StepFunctionsSettings settings) {
        settings.endpoint().ifPresent(builder::endpointOverride);
        settings.region().ifPresent(builder::region);
        settings.credentials().ifPresent(builder::credentialsProvider);
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(settings.readTimeout()));
    }
}
