package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(DynaliteExtension.class)
class DynamoDbClientsTest {
    @Test
    void aLoopbackClientNeedsNoCredentialsAndReachesTheLocalServer(DynaliteServer dynalite) {
        DynamoDbConfig config = DynamoDbConfig.fromEnvironment(Map.of(
                "TABLE_NAME", "from-env", "DYNAMODB_ENDPOINT", dynalite.endpoint().toString()));
        try (DynamoDbClient client = DynamoDbClients.create(config)) {
            config.table().createIfMissing(client);

            assertThat(client.listTables().tableNames()).contains("from-env");
        }
    }

    @Test
    void aStalledAttemptIsAbandonedAndRetried() throws Exception {
        try (StallingEndpoint endpoint = new StallingEndpoint(1, "answered-on-retry");
             DynamoDbClient client = DynamoDbClients.create(DynamoDbConfig.local("t", endpoint.uri()))) {

            assertThat(client.listTables().tableNames()).containsExactly("answered-on-retry");
            assertThat(endpoint.requests()).isEqualTo(2);
        }
    }

    @Test
    void aCallToAnEndpointThatNeverAnswersFailsInsteadOfHanging() throws Exception {
        try (StallingEndpoint endpoint = new StallingEndpoint(Integer.MAX_VALUE, "never");
             DynamoDbClient client = DynamoDbClients.create(DynamoDbConfig.local("t", endpoint.uri()))) {

            assertThatThrownBy(client::listTables).isInstanceOf(ApiCallTimeoutException.class);
            assertThat(endpoint.requests()).isGreaterThanOrEqualTo(2); // the first attempt was abandoned, then retried
        }
    }

    @Test
    void clientsUseTheStandardRetriesAndTheTimeOuts() {
        try (DynamoDbClient client = DynamoDbClients.create(DynamoDbConfig.local("t", URI.create("http://127.0.0.1:1")))) {
            ClientOverrideConfiguration config = client.serviceClientConfiguration().overrideConfiguration();

            // the standard mode's 3 attempts (DynamoDB's legacy default is 9)
            assertThat(config.retryStrategy()).hasValueSatisfying(s -> assertThat(s.maxAttempts()).isEqualTo(3));
            assertThat(config.apiCallAttemptTimeout()).contains(DynamoDbClients.ATTEMPT_TIMEOUT);
            assertThat(config.apiCallTimeout()).contains(DynamoDbClients.CALL_TIMEOUT);
            // a stalled attempt is retried at least once before the call gives up
            assertThat(DynamoDbClients.CALL_TIMEOUT).isGreaterThan(DynamoDbClients.ATTEMPT_TIMEOUT.multipliedBy(2));
        }
    }

    @Test
    void readsTheEnvironment() {
        assertThat(DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1", "AWS_REGION", "eu-west-1")))
                .isEqualTo(new DynamoDbConfig("t-1", "eu-west-1", Optional.empty()));
        assertThat(DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1", "DYNAMODB_ENDPOINT", "")))
                .isEqualTo(new DynamoDbConfig("t-1", "us-east-1", Optional.empty()));
        assertThat(DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1", "DYNAMODB_ENDPOINT", "http://[::1]:8000")))
                .isEqualTo(new DynamoDbConfig("t-1", "us-east-1", Optional.of(URI.create("http://[::1]:8000"))));
        assertThatThrownBy(() -> DynamoDbConfig.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TABLE_NAME");
        assertThatThrownBy(() -> DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1",
                "DYNAMODB_ENDPOINT", "localhost:8000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable DYNAMODB_ENDPOINT must be an http or https URL with a host, such as "
                        + "http://localhost:8000, was \"localhost:8000\"");
    }
}
