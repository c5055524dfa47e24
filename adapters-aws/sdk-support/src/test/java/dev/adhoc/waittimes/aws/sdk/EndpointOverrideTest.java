package dev.adhoc.waittimes.aws.sdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointOverrideTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8000", "https://vpce-1.sync-states.eu-west-1.vpce.amazonaws.com",
            "http://127.0.0.1:8083/", "HTTPS://example.org"})
    void an_http_or_https_url_with_a_host_is_accepted(String value) {
        assertThat(EndpointOverride.parse(value)).contains(URI.create(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8000", "http://[bad", "ftp://example.org", "http:///path", "/tmp/x", "", " "})
    void anything_else_is_refused(String value) {
        assertThat(EndpointOverride.parse(value)).isEmpty();
    }

    @Test
    void no_value_is_no_endpoint() {
        assertThat(EndpointOverride.parse(null)).isEmpty();
    }
}
