package dev.adhoc.waittimes.core.domain;

import org.junit.jupiter.api.Test;

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
    void an_earlier_occurrence_wins_and_equal_times_go_to_the_smaller_event_id() {
        java.time.Instant noon = java.time.Instant.parse("2026-11-27T12:00:00Z");
        Occurrence early = new Occurrence(noon, "z");
        Occurrence tieSmallerId = new Occurrence(noon.plusSeconds(1), "a");
        Occurrence tieLargerId = new Occurrence(noon.plusSeconds(1), "b");

        assertThat(early.winsOver(tieSmallerId)).isTrue();
        assertThat(tieSmallerId.winsOver(tieLargerId)).isTrue();
        assertThat(tieLargerId.winsOver(tieSmallerId)).isFalse();
        assertThat(early.winsOver(early)).isFalse();
    }

    @Test
    void a_rejection_id_is_32_hex_digits_of_length_prefixed_parts() {
        assertThat(Rejection.idOf("NEGATIVE_WAIT", "NYC", "o1")).matches("[0-9a-f]{32}")
                .isEqualTo(Rejection.idOf("NEGATIVE_WAIT", "NYC", "o1"))
                .isNotEqualTo(Rejection.idOf("NEGATIVE_WAIT", "NYC", "o2"));
        assertThat(Rejection.idOf("ab", "c")).as("parts cannot run into each other").isNotEqualTo(Rejection.idOf("a", "bc"));

        Rejection r = new Rejection(RejectionReason.NOT_JSON, "not JSON", "line 3");
        assertThat(r.id()).isEqualTo(Rejection.idOf("NOT_JSON", "line 3", "not JSON"));
    }
}
