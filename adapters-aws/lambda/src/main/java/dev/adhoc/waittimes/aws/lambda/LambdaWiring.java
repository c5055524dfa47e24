package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler ({@link OrderEventFunction}) needs, built once per container: its settings, the DynamoDB client its
 * stores share, and its metrics. The stores are the extension's: {@link #orders} and {@link #samples} key them with
 * the extension's name as prefix, so extensions sharing a table never see each other's state.
 *
 * @param settings the configuration
 * @param dynamoDb the client of the stores
 * @param metrics  where the invocations' metrics go
 */
public record LambdaWiring(LambdaSettings settings, DynamoDbClient dynamoDb, InvocationMetrics metrics) {
    /** @throws NullPointerException if a component is null */
    public LambdaWiring {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dynamoDb, "dynamoDb");
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * The production wiring, from the environment variables ({@link LambdaSettings}) the extension's handler reads:
     * DynamoDB over the URLConnection HTTP client, its calls timed, and metrics in the Embedded Metric Format on
     * stdout. Called once per container by a handler's no-argument constructor.
     *
     * @param extension the name of the extension the handler runs
     * @return the wiring
     * @throws IllegalArgumentException if the configuration is invalid
     */
    public static LambdaWiring fromEnvironment(String extension) {
        Map<String, String> env = System.getenv();
        LambdaSettings settings = LambdaSettings.fromEnvironment(env, extension);
        InvocationMetrics metrics = InvocationMetrics.embeddedMetricFormat(settings);
        DynamoDbClient client = dynamoDbClient(settings, env.get(DynamoDbConfig.AWS_REGION),
                new DynamoDbLatency(metrics));
        return new LambdaWiring(settings, client, metrics);
    }

    /**
     * @param settings the configuration (its table)
     * @param dynamoDb the client both stores share
     * @return the wiring over DynamoDB, without metrics
     */
    public static LambdaWiring dynamoDb(LambdaSettings settings, DynamoDbClient dynamoDb) {
        return new LambdaWiring(settings, dynamoDb, InvocationMetrics.disabled());
    }

    /**
     * @param extension the extension's name ({@code Configuration.name()}): its keys' prefix
     * @return the extension's order records in the settings' table
     */
    public OrderRecords orders(String extension) {
        return new DynamoDbOrderRecords(dynamoDb, new WaitTimesTable(settings.tableName()), extension);
    }

    /**
     * @param extension the extension's name ({@code Configuration.name()}): its keys' prefix
     * @return the extension's sample index in the settings' table
     */
    public SampleIndex samples(String extension) {
        return new DynamoDbSampleIndex(dynamoDb, new WaitTimesTable(settings.tableName()), extension,
                Clock.systemUTC());
    }

    /**
     * @param settings     the configuration (its table and DynamoDB endpoint override, if any)
     * @param region       the region ({@code AWS_REGION}, which Lambda sets); blank or null for the default
     * @param interceptors e.g. a {@link DynamoDbLatency}
     * @return a DynamoDB client as {@link DynamoDbClients} builds it: URLConnection HTTP client, standard retries,
     *         attempt and call time-outs within the function's time-out
     */
    static DynamoDbClient dynamoDbClient(LambdaSettings settings, String region, ExecutionInterceptor... interceptors) {
        DynamoDbConfig config = new DynamoDbConfig(settings.tableName(),
                region == null || region.isBlank() ? DynamoDbConfig.DEFAULT_REGION : region.strip(),
                settings.dynamoDbEndpoint());
        return DynamoDbClients.create(config, interceptors);
    }
}
