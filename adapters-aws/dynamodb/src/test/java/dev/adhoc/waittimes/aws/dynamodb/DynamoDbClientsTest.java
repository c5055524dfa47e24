package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
    void readsTheEnvironment() {
        assertThat(DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1", "AWS_REGION", "eu-west-1")))
                .isEqualTo(new DynamoDbConfig("t-1", "eu-west-1", Optional.empty()));
        assertThat(DynamoDbConfig.fromEnvironment(Map.of("TABLE_NAME", "t-1", "DYNAMODB_ENDPOINT", "")))
                .isEqualTo(new DynamoDbConfig("t-1", "us-east-1", Optional.empty()));
        assertThatThrownBy(() -> DynamoDbConfig.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TABLE_NAME");
    }

    @Test
    void knowsLoopbackEndpoints() {
        assertThat(DynamoDbClients.isLoopback(URI.create("http://127.0.0.1:8000"))).isTrue();
        assertThat(DynamoDbClients.isLoopback(URI.create("http://127.1.2.3:8000"))).isTrue();
        assertThat(DynamoDbClients.isLoopback(URI.create("http://localhost:8000"))).isTrue();
        assertThat(DynamoDbClients.isLoopback(URI.create("http://[::1]:8000"))).isTrue();
        assertThat(DynamoDbClients.isLoopback(URI.create("https://dynamodb.example.org"))).isFalse();
        assertThat(DynamoDbClients.isLoopback(URI.create("http://10.0.0.1:8000"))).isFalse();
    }
}
