package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link RecordOrderEventHandler} needs, built once per container.
 *
 * @param settings the configuration
 * @param orders   storage of order records
 * @param samples  storage of the counted samples
 * @param metrics  where the invocations' metrics go
 */
public record LambdaWiring(LambdaSettings settings, OrderRecords orders, SampleIndex samples,
                           InvocationMetrics metrics) {
    /** @throws NullPointerException if a component is null */
    public LambdaWiring {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * The production wiring, from the environment variables ({@link LambdaSettings}): DynamoDB over the URLConnection
     * HTTP client, its calls timed, and metrics in the Embedded Metric Format on stdout. Called once per container by
     * the handler's no-argument constructor.
     *
     * @return the wiring
     * @throws IllegalArgumentException if the configuration is invalid
     */
    public static LambdaWiring fromEnvironment() {
        Map<String, String> env = System.getenv();
        LambdaSettings settings = LambdaSettings.fromEnvironment(env);
        InvocationMetrics metrics = InvocationMetrics.embeddedMetricFormat(settings);
        DynamoDbClient client = dynamoDbClient(settings, env.get(DynamoDbConfig.AWS_REGION),
                new DynamoDbLatency(metrics));
        return dynamoDb(settings, client, metrics);
    }

    /**
     * @param settings the configuration (its table)
     * @param dynamoDb the client both stores share
     * @return the wiring over DynamoDB, without metrics
     */
    public static LambdaWiring dynamoDb(LambdaSettings settings, DynamoDbClient dynamoDb) {
        return dynamoDb(settings, dynamoDb, InvocationMetrics.disabled());
    }

    /**
     * @param settings the configuration (its table)
     * @param dynamoDb the client both stores share
     * @param metrics  where the invocations' metrics go
     * @return the wiring over DynamoDB
     */
    public static LambdaWiring dynamoDb(LambdaSettings settings, DynamoDbClient dynamoDb, InvocationMetrics metrics) {
        WaitTimesTable table = new WaitTimesTable(settings.tableName());
        return new LambdaWiring(settings, new DynamoDbOrderRecords(dynamoDb, table, WaitTimesService.NAME),
                new DynamoDbSampleIndex(dynamoDb, table, WaitTimesService.NAME, Clock.systemUTC()), metrics);
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
