package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Submission;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountingTest {
    private static final Counting DRINKS_BY_ORDER_ID_LENGTH = Counting.of(
            (tenant, drink) -> drink.map(d -> key(tenant, d)),
            order -> OptionalLong.of(order.orderId().value().length()));

    @Test
    void of_answers_the_key_and_the_value_with_its_two_functions() {
        assertThat(DRINKS_BY_ORDER_ID_LENGTH.key(NYC, Optional.of(LATTE))).contains(key(NYC, LATTE));
        assertThat(DRINKS_BY_ORDER_ID_LENGTH.key(NYC, Optional.empty())).isEmpty();
        assertThat(DRINKS_BY_ORDER_ID_LENGTH.value(OrderRecord.empty(NYC, order("o-123")))).hasValue(5);
    }

    @Test
    void of_rejects_no_pair_of_reports() {
        Submission late = new Submission(LATTE, new Occurrence(at("12:30:00"), "s1"));
        assertThat(DRINKS_BY_ORDER_ID_LENGTH.check(late, new Occurrence(at("12:00:00"), "c1"))).isEmpty();
    }

    @Test
    void of_needs_both_functions() {
        assertThatThrownBy(() -> Counting.of(null, order -> OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> Counting.of((tenant, drink) -> Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
