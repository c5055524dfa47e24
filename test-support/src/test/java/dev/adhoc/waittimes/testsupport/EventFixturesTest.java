package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFixturesTest {
    @Test
    void readsAFixtureFromTheClassPath() {
        assertThat(EventFixtures.text("order-completed.json"))
                .contains("\"detail-type\": \"OrderManager.OrderCompleted\"");
        assertThat(EventFixtures.bytes("rejected-not-json.txt"))
                .isEqualTo(EventFixtures.text("rejected-not-json.txt").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFixturesLiveInThisModulesPackageSoThatAnotherProjectsEventsDoNotShadowThem() {
        assertThat(EventFixtures.class.getResource("events/waiting-completion.json")).isNotNull()
                .satisfies(url -> assertThat(url.getPath()).endsWith("/dev/adhoc/waittimes/testsupport/events/waiting-completion.json"));
        assertThat(EventFixtures.class.getResource("/events/waiting-completion.json")).isNull();
    }

    @Test
    void anUnknownFixtureIsNamedInTheError() {
        assertThatThrownBy(() -> EventFixtures.text("no-such-event.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no fixture events/no-such-event.json");
    }
}
