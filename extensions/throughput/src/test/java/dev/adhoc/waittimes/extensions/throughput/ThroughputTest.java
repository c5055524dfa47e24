package dev.adhoc.waittimes.extensions.throughput;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.SamplesWithin;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final Configuration<Integer> CONFIG = Throughput.configuration();

    @Test
    void theConfigurationIsNamedForItsKeysAndTakesTheLast15MinutesOfEventTime() {
        assertThat(CONFIG.name()).isEqualTo("throughput");
        assertThat(CONFIG.policy()).isEqualTo(new SamplesWithin(Duration.ofMinutes(15)));
    }

    @Test
    void everyOrderCountsInItsTenantsWindowWhetherItsDrinkIsKnownOrNot() {
        assertThat(CONFIG.counting().key(NYC, Optional.empty())).contains(WindowKey.tenantWide(NYC));
        assertThat(CONFIG.counting().key(NYC, Optional.of(new Drink("Mocha")))).contains(WindowKey.tenantWide(NYC));
    }

    @Test
    void aCompletedOrderCountsOneWithoutItsSubmissionAndNothingIsRejected() {
        OrderRecord completedOnly = OrderRecord.empty(NYC, new OrderId("o1"))
                .merge(new OrderCompleted(NYC, new OrderId("o1"), new Occurrence(NOON, "c")), NOON);

        assertThat(CONFIG.counting().value(completedOnly)).isEqualTo(OptionalLong.of(1));
        assertThat(CONFIG.counting().check(new Submission(new Drink("Mocha"), new Occurrence(NOON, "s")),
                new Occurrence(NOON.minus(Duration.ofHours(1)), "c"))).isEmpty();
    }
}
