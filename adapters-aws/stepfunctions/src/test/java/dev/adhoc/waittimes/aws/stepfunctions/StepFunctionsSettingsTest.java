package dev.adhoc.waittimes.aws.stepfunctions;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings from properties: loopback endpoints get dummy credentials, others the default chains. */
class StepFunctionsSettingsTest {

    @Test
    void noPropertiesMeanTheDefaultChainsAndTheRegionalEndpoint() {
        StepFunctionsSettings settings = StepFunctionsSettings.fromProperties(Map.of());

        assertThat(settings).isEqualTo(StepFunctionsSettings.defaults());
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.credentials()).isEmpty();
        assertThat(settings.readTimeout()).isGreaterThan(Duration.ofMinutes(5));
    }

    @Test
    void aLoopbackEndpointGetsDummyCredentialsAndADefaultRegion() {
        for (String endpoint : new String[] {"http://127.0.0.1:8083", "http://localhost:8083", "http://[::1]:8083"}) {
            StepFunctionsSettings settings = StepFunctionsSettings.fromProperties(
                    Map.of(StepFunctionsSettings.ENDPOINT_PROPERTY, endpoint));

            assertThat(settings.endpoint()).contains(URI.create(endpoint));
            assertThat(settings.region()).contains(StepFunctionsSettings.LOOPBACK_REGION);
            assertThat(settings.credentials()).get().isInstanceOf(StaticCredentialsProvider.class);
        }
    }

    @Test
    void anyOtherEndpointKeepsTheDefaultCredentialsChain() {
        StepFunctionsSettings settings = StepFunctionsSettings.fromProperties(Map.of(
                StepFunctionsSettings.ENDPOINT_PROPERTY, "https://vpce-0abc.sync-states.eu-west-1.vpce.amazonaws.com",
                StepFunctionsSettings.REGION_PROPERTY, "eu-west-1"));

        assertThat(settings.credentials()).isEmpty();
        assertThat(settings.region()).contains(Region.EU_WEST_1);
    }

    @Test
    void refusesAnEndpointWithoutHostOrNotHttpAndANonPositiveBound() {
        for (String endpoint : new String[] {"127.0.0.1:8083", "ftp://127.0.0.1:8083"}) {
            assertThatThrownBy(() -> StepFunctionsSettings.fromProperties(
                    Map.of(StepFunctionsSettings.ENDPOINT_PROPERTY, endpoint)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("waittimes.endpoint must be an http or https URL with a host, such as "
                            + "http://localhost:8000, was " + endpoint);
        }
        assertThatThrownBy(() -> StepFunctionsSettings.defaults()
                .withThrottlingRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
