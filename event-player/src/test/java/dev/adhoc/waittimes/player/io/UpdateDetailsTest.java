package dev.adhoc.waittimes.player.io;

import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading an emitted detail back into core's update: the inverse of the contract's entries. */
class UpdateDetailsTest {
    private final WaitTimeEntries entries = new WaitTimeEntries(ContractJson.newMapper(), "Serverlesspresso");
    private final UpdateDetails details = new UpdateDetails();

    @Test
    void an_update_survives_its_detail() {
        WaitTimeUpdate update = new WaitTimeUpdate(new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte")),
                new WaitFigures(Duration.ofMillis(61_234), Duration.ofSeconds(60), Duration.ofMillis(90_001), 7), 10,
                Instant.parse("2026-11-27T08:01:02Z"), "8fa1aeef4dfcd70962b95d06c9eeb06f");

        assertThat(details.parse(entries.entry(update).detail())).contains(update);
    }

    @Test
    void an_emptied_window_has_no_as_of() {
        WaitTimeUpdate emptied = new WaitTimeUpdate(new WindowKey(new TenantId("LDN"), new Drink("Mocha")),
                new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0), 10, null, "0123456789abcdef0123456789abcdef");

        assertThat(details.parse(entries.entry(emptied).detail())).contains(emptied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{}", "[]", "{\"eventId\":\"NYC\",\"drink\":\"Latte\"}",
        "{\"eventId\":\"bad tenant\",\"drink\":\"Latte\",\"duration\":1,\"sampleSize\":1,\"windowSize\":10,\"p50\":1,"
                + "\"p90\":1,\"updateId\":\"u\"}"})
    void anything_else_is_no_update(String detail) {
        assertThat(details.parse(detail)).isEmpty();
    }
}
