package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbWaitTimeWindows;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.util.Objects;

/**
 * What {@link RecordOrderEventHandler} needs, built once per container.
 *
 * @param settings the configuration
 * @param orders   storage of order records
 * @param windows  storage of windows
 */
public record LambdaWiring(LambdaSettings settings, OrderRecords orders, WaitTimeWindows windows) {
    /** @throws NullPointerException if a component is null */
    public LambdaWiring {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(windows, "windows");
    }

    /**
     * The production wiring, from the environment variables ({@link LambdaSettings}): DynamoDB over the URLConnection
     * HTTP client. Called once per container by the handler's no-argument constructor.
     *
     * @return the wiring
     * @throws IllegalArgumentException if the configuration is invalid
     */
    public static LambdaWiring fromEnvironment() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(System.getenv());
        return dynamoDb(settings, dynamoDbClient(settings));
    }

    /**
     * @param settings the configuration (its table)
     * @param dynamoDb the client both stores share
     * @return the wiring over DynamoDB
     */
    public static LambdaWiring dynamoDb(LambdaSettings settings, DynamoDbClient dynamoDb) {
        WaitTimesTable table = new WaitTimesTable(settings.tableName());
        return new LambdaWiring(settings, new DynamoDbOrderRecords(dynamoDb, table),
                new DynamoDbWaitTimeWindows(dynamoDb, table));
    }

    /**
     * @param settings the configuration (its DynamoDB endpoint override, if any)
     * @return a DynamoDB client on the URLConnection HTTP client; region and credentials from the Lambda's
     *         environment
     */
    public static DynamoDbClient dynamoDbClient(LambdaSettings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        settings.dynamoDbEndpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
