package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockSkewRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final ClockSkewRule rule = new ClockSkewRule(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    private static OrderSubmitted at(Instant time) {
        return new OrderSubmitted(new TenantId("NYC"), new OrderId("o1"), new Drink("Latte"), new Occurrence(time, "e1"));
    }

    @Test
    void an_event_up_to_the_skew_ahead_is_accepted_and_any_past_event_too() {
        assertThat(rule.check(at(NOW.plus(Duration.ofMinutes(5))))).isEmpty();
        assertThat(rule.check(at(NOW))).isEmpty();
        assertThat(rule.check(at(Instant.parse("2019-01-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void an_event_beyond_the_skew_is_rejected_with_its_reason_and_how_far_ahead_it_is() {
        var rejection = rule.check(at(Instant.parse("2030-01-01T00:00:00Z"))).orElseThrow();
        assertThat(rejection.reason()).isEqualTo(RejectionReason.TIME_AHEAD_OF_CLOCK);
        assertThat(rejection.eventRef()).isEqualTo("e1");
        assertThat(rejection.message()).contains("2030-01-01T00:00:00Z", "days ahead", "2026-11-27T12:00:00Z", "5 minutes");
        assertThat(rule.check(at(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)))).isPresent();
    }

    @Test
    void apply_turns_only_a_command_from_the_future_into_a_rejection() {
        ParseResult future = rule.apply(new ParseResult.Parsed(at(NOW.plus(Duration.ofHours(1))), "OrderManager.WaitingCompletion", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        assertThat(future).isInstanceOf(ParseResult.Rejected.class);
        ParseResult now = new ParseResult.Parsed(at(NOW), "OrderManager.WaitingCompletion",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        assertThat(rule.apply(now)).isSameAs(now);
        ParseResult ignored = new ParseResult.Ignored("Other");
        assertThat(rule.apply(ignored)).isSameAs(ignored);
    }

    @Test
    void a_negative_skew_is_refused() {
        assertThatThrownBy(() -> new ClockSkewRule(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_redelivery_later_repeats_the_same_rejection_id() {
        OrderEvent future = at(NOW.plus(Duration.ofHours(1)));
        ClockSkewRule later = new ClockSkewRule(Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC), Duration.ofMinutes(5));

        assertThat(later.check(future).orElseThrow().id()).isEqualTo(rule.check(future).orElseThrow().id());
        assertThat(later.check(future).orElseThrow().message()).isNotEqualTo(rule.check(future).orElseThrow().message());
    }
}
