package dev.adhoc.waittimes.aws.sdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8000", "http://127.1.2.3:8000", "http://127.255.255.255",
            "http://localhost:8000", "https://LOCALHOST", "http://[::1]:8000", "http://[0:0:0:0:0:0:0:1]:8000"})
    void an_endpoint_on_this_machine_is_loopback(String endpoint) {
        assertThat(Loopback.isLoopback(URI.create(endpoint))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dynamodb.example.org", "http://10.0.0.1:8000", "http://128.0.0.1",
            "http://127.0.0.256", "http://127.1", "http://2130706433", "http://[::2]", "http://[::ffff:127.0.0.1]",
            "http://localhost.example.org", "http://127.0.0.1.nip.io", "http://beef", "http://[::]",
            "file:///tmp/x", "urn:localhost"})
    void any_other_endpoint_is_not(String endpoint) {
        assertThat(Loopback.isLoopback(URI.create(endpoint))).isFalse();
    }

    @Test
    void a_loopback_endpoint_gets_dummy_credentials_and_any_other_the_sdk_chain() {
        Optional<AwsCredentials> local = Loopback.credentialsFor(Optional.of(URI.create("http://127.0.0.1:4010")))
                .map(provider -> provider.resolveCredentials());
        assertThat(local).get().extracting(AwsCredentials::accessKeyId).isEqualTo("local");
        assertThat(Loopback.credentialsFor(Optional.of(URI.create("https://events.example.org")))).isEmpty();
        assertThat(Loopback.credentialsFor(Optional.empty())).isEmpty();
    }
}
