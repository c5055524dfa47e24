package dev.adhoc.waittimes.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainValuesTest {
    @Test
    void a_tenant_is_a_short_key_safe_name() {
        assertThat(new TenantId("reinvent-2026.eu_1").value()).isEqualTo("reinvent-2026.eu_1");
        assertThatThrownBy(() -> new TenantId("NYC#LDN")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_TENANT));
        assertThatThrownBy(() -> new TenantId("-x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TenantId("a".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TenantId(" ")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.MISSING_FIELD));
    }

    @Test
    void a_drink_is_any_unicode_text_without_control_characters() {
        assertThat(new Drink("Café Crème ☕ \"special\"").name()).contains("☕");
        assertThatThrownBy(() -> new Drink(null)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.MISSING_FIELD));
        assertThatThrownBy(() -> new Drink("Latte\n")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_VALUE));
        assertThatThrownBy(() -> new Drink("x".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void bidirectional_controls_and_line_separators_are_rejected_in_every_name() {
        for (String c : new String[] {"\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C",
            "\u2028", "\u2029"}) {
            assertThatThrownBy(() -> new Drink("Caffe" + c + "Latte")).as("U+%04X", (int) c.charAt(0))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_VALUE));
            assertThatThrownBy(() -> new OrderId("o" + c)).isInstanceOf(InvalidValueException.class);
        }
        assertThat(new Drink("\u0642\u0647\u0648\u0629 Latte").name()).startsWith("\u0642"); // right-to-left text itself is fine
    }

    @Test
    void an_order_id_is_required_and_bounded() {
        assertThatThrownBy(() -> new OrderId("")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.MISSING_FIELD));
        assertThatThrownBy(() -> new OrderId("x".repeat(129))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void text_must_be_unicode_an_unpaired_surrogate_is_rejected() {
        assertThat(new OrderId("o-\uD83D\uDE00").value()).hasSize(4);
        assertThatThrownBy(() -> new OrderId("o-\uD800")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_VALUE));
        assertThatThrownBy(() -> new Drink("\uDC00Latte")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_occurrence_is_between_1970_and_9999_with_a_bounded_event_id() {
        java.time.Instant noon = java.time.Instant.parse("2026-11-27T12:00:00Z");
        assertThat(new Occurrence(Occurrence.LATEST, "e1").time()).isEqualTo(Occurrence.LATEST);
        assertThatThrownBy(() -> new Occurrence(java.time.Instant.parse("+10000-01-01T00:00:00Z"), "e1"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNPARSABLE_TIME));
        assertThatThrownBy(() -> new Occurrence(java.time.Instant.MAX, "e1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Occurrence(java.time.Instant.parse("1969-12-31T23:59:59Z"), "e1"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Occurrence(noon, "x".repeat(Occurrence.MAX_EVENT_ID_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_VALUE));
        assertThatThrownBy(() -> new Occurrence(noon, "")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void settings_default_to_the_contract_and_check_their_ranges() {
        WaitTimeSettings d = WaitTimeSettings.DEFAULTS;
        assertThat(d.windowSize()).isEqualTo(10);
        assertThat(d.maxWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.orderRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(d.completionMode()).isEqualTo(CompletionMode.COMPLETED);
        assertThatThrownBy(() -> d.withWindowSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withWindowSize(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_update_id_depends_on_the_window_content_only() {
        LatestCompletions policy = new LatestCompletions(10);
        WindowKey key = new WindowKey(Samples.NYC, Samples.LATTE);
        Window a = policy.admit(Window.empty(), Samples.sample("o1", "12:00:00", "12:01:00"));
        Window b = policy.admit(Window.empty(), Samples.sample("o1", "12:00:00", "12:01:00"));
        Window c = policy.admit(a, Samples.sample("o2", "12:00:00", "12:02:00"));

        assertThat(WaitTimeUpdate.of(key, a, policy).updateId()).isEqualTo(WaitTimeUpdate.of(key, b, policy).updateId())
                .hasSize(32).isNotEqualTo(WaitTimeUpdate.of(key, c, policy).updateId());
        assertThat(WaitTimeUpdate.of(new WindowKey(Samples.LDN, Samples.LATTE), a, policy).updateId())
                .isNotEqualTo(WaitTimeUpdate.of(key, a, policy).updateId());
        assertThat(WaitTimeUpdate.of(key, c, policy).asOf()).isEqualTo(Samples.at("12:02:00"));
    }
}
