package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.aws.sdk.EndpointOverride;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives.
 *
 * @param tableName the table's name
 * @param region    the AWS region (any region against a local server)
 * @param endpoint  an endpoint override (a local DynamoDB-compatible server), or empty for the region's endpoint
 */
public record DynamoDbConfig(String tableName, String region, Optional<URI> endpoint) {
    /** Environment variable holding the table's name (required). */
    public static final String TABLE_NAME = "TABLE_NAME";
    /** Environment variable holding the region; Lambda sets it. */
    public static final String AWS_REGION = "AWS_REGION";
    /** Environment variable holding an optional endpoint override, e.g. {@code http://127.0.0.1:8000}. */
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    /** Region used when none is configured. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** @throws NullPointerException if a component is null */
    public DynamoDbConfig {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * @param tableName the table's name
     * @param endpoint  a local server's endpoint
     * @return the configuration of a store on a local server
     */
    public static DynamoDbConfig local(String tableName, URI endpoint) {
        return new DynamoDbConfig(tableName, DEFAULT_REGION, Optional.of(endpoint));
    }

    /**
     * Reads {@value #TABLE_NAME}, {@value #AWS_REGION} (default {@value #DEFAULT_REGION}) and the optional
     * {@value #DYNAMODB_ENDPOINT}.
     *
     * @param env the environment, e.g. {@link System#getenv()}
     * @return the configuration
     * @throws IllegalArgumentException if the table name is missing or the endpoint is not an
     *                                  {@linkplain EndpointOverride accepted override}
     */
    public static DynamoDbConfig fromEnvironment(Map<String, String> env) {
        String table = env.get(TABLE_NAME);
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("environment variable " + TABLE_NAME + " (the DynamoDB table) is not set");
        }
        String region = env.getOrDefault(AWS_REGION, "");
        String endpoint = env.getOrDefault(DYNAMODB_ENDPOINT, "");
        return new DynamoDbConfig(table, region.isBlank() ? DEFAULT_REGION : region, endpoint.isBlank()
                ? Optional.empty()
                : Optional.of(EndpointOverride.parse(endpoint).orElseThrow(() -> new IllegalArgumentException(
                        "environment variable " + DYNAMODB_ENDPOINT + " must be " + EndpointOverride.EXPECTED
                                + ", was \"" + endpoint + "\""))));
    }

    /** @return the table */
    public WaitTimesTable table() {
        return new WaitTimesTable(tableName);
    }
}
