package dev.adhoc.waittimes.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void submittedIsTheWaitingCompletionFixtureWithTheGivenValues() throws IOException {
        JsonNode written = read(BusEvents.submitted("SEA", "order-7", "Flat White").at(AT).id("e-1").json());

        ObjectNode expected = fixture("waiting-completion.json", "e-1", AT.toString(), "SEA", "order-7");
        ((ObjectNode) expected.path("detail").path("drinkOrder")).put("drink", "Flat White");
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void completedAndCancelledNameTheTenantInTheirDetailTypeAndOrderState() throws IOException {
        ObjectNode completed = fixture("order-state-completed.json", "e-2", AT.toString(), "SEA", "order-7");
        completed.put("detail-type", "OrderManager.OrderSEA-COMPLETED");
        ((ObjectNode) completed.path("detail")).put("ORDERSTATE", "SEA-COMPLETED");
        ObjectNode cancelled = fixture("order-state-cancelled.json", "e-3", AT.toString(), "SEA", "order-7");
        cancelled.put("detail-type", "OrderManager.OrderSEA-CANCELLED");
        ((ObjectNode) cancelled.path("detail")).put("ORDERSTATE", "SEA-CANCELLED");

        assertThat(read(BusEvents.completed("SEA", "order-7").at(AT).id("e-2").json())).isEqualTo(completed);
        assertThat(read(BusEvents.cancelled("SEA", "order-7").at(AT).id("e-3").json())).isEqualTo(cancelled);
    }

    @Test
    void claimedAndTimedOutAreTheirFixturesWithTheGivenValues() throws IOException {
        assertThat(read(BusEvents.claimed("SEA", "order-7").at(AT).id("e-4").json()))
                .isEqualTo(fixture("make-order.json", "e-4", AT.toString(), "SEA", "order-7"));
        assertThat(read(BusEvents.timedOut("SEA", "order-7").at(AT).id("e-5").json()))
                .isEqualTo(fixture("order-timeout.json", "e-5", AT.toString(), "SEA", "order-7"));
    }

    @Test
    void withoutAnIdOrTimeTheIdNamesKindTenantAndOrderAndTheTimeIsTheFixtures() throws IOException {
        JsonNode written = read(BusEvents.completed("NYC", "order-1").json());

        assertThat(written.path("id").asText()).isEqualTo("completed-NYC-order-1");
        assertThat(written.path("time").asText()).isEqualTo(read(EventFixtures.text("order-state-completed.json"))
                .path("time").asText());
        assertThat(BusEvents.submitted("NYC", "order-1", "Mocha").eventId()).isEqualTo("submitted-NYC-order-1");
        assertThat(BusEvents.submitted("NYC", "order-1", "Mocha").id("x").eventId()).isEqualTo("x");
    }

    @Test
    void eventsAreImmutable() {
        BusEvents.Event first = BusEvents.completed("NYC", "order-1");
        first.at(AT).id("other");

        assertThat(first.json()).isEqualTo(BusEvents.completed("NYC", "order-1").json()).isEqualTo(first.toString());
    }

    @Test
    void valuesAreRequired() {
        assertThatThrownBy(() -> BusEvents.submitted("NYC", "order-1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BusEvents.completed(null, "order-1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BusEvents.completed("NYC", "o").at(null)).isInstanceOf(NullPointerException.class);
    }

    @Property
    void anyTextReadsBackExactlyAndLeavesTheRestOfTheEventAlone(@ForAll("text") String tenant,
                                                               @ForAll("text") String order,
                                                               @ForAll("text") String drink,
                                                               @ForAll("text") String id) throws IOException {
        JsonNode submitted = read(BusEvents.submitted(tenant, order, drink).id(id).json());
        JsonNode completed = read(BusEvents.completed(tenant, order).id(id).json());

        ObjectNode expected = fixture("waiting-completion.json", id, null, tenant, order);
        ((ObjectNode) expected.path("detail").path("drinkOrder")).put("drink", drink);
        assertThat(submitted).isEqualTo(expected);
        assertThat(completed.path("detail-type").asText()).isEqualTo("OrderManager.Order" + tenant + "-COMPLETED");
        assertThat(completed.path("detail").path("ORDERSTATE").asText()).isEqualTo(tenant + "-COMPLETED");
        assertThat(completed.path("detail").path("eventId").asText()).isEqualTo(tenant);
    }

    /** Any text, and often the characters JSON escapes or the fixtures' own values and field names. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings(),
                Arbitraries.strings().withChars("\"\\\n\r\t\u0000\u001f\u007f\u2028\ud83d\ude00 :,{}NYC-")
                        .ofMaxLength(12),
                Arbitraries.of("NYC", "\"id\": \"", "\"eventId\": \"x\"", "drink", "$1", "\\u0041"));
    }

    /** The fixture as read by Jackson, with the envelope's and the detail's values set as given (null: kept). */
    private static ObjectNode fixture(String name, String id, String time, String tenant, String order)
            throws IOException {
        ObjectNode event = (ObjectNode) read(EventFixtures.text(name));
        event.put("id", id);
        if (time != null) {
            event.put("time", time);
        }
        ObjectNode detail = (ObjectNode) event.path("detail");
        detail.put("orderId", order);
        detail.put("eventId", tenant);
        return event;
    }

    private static JsonNode read(String json) throws IOException {
        return JSON.readTree(json);
    }
}
