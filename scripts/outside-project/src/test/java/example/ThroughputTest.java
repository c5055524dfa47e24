package example;

import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;
import dev.adhoc.waittimes.testsupport.BusEvents;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The README's example, in a project of its own: it runs as its comment says, fed by the bus's events too. */
class ThroughputTest {
    private static final OrderEventParser PARSER = new OrderEventParser(CompletionMode.COMPLETED);

    @Test
    void theExamplePrintsEachUpdateOfTheTenantsWindow() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Throughput.main(new String[0]);
        } finally {
            System.setOut(stdout);
        }

        assertEquals(List.of(
                        "NYC: 1 orders in the last 15 minutes (was 0)",
                        "NYC: 2 orders in the last 15 minutes (was 1)",
                        "NYC: 1 orders in the last 15 minutes (was 2)"),
                captured.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void busEventsWrittenByTestSupportCountOncePerOrderWhateverTheirOrderOfArrival() {
        Engine<Integer> throughput = InMemoryEngine.create(Throughput.CONFIGURATION, Clock.systemUTC()).engine();
        Instant noon = Instant.parse("2026-11-27T12:00:00Z");
        List<String> events = List.of(
                BusEvents.completed("SEA", "order-2").at(noon.plusSeconds(300)).json(),
                BusEvents.submitted("SEA", "order-1", "Flat White").at(noon).json(),
                BusEvents.completed("SEA", "order-1").at(noon.plusSeconds(120)).json(),
                BusEvents.completed("SEA", "order-2").at(noon.plusSeconds(300)).json(),    // a redelivery
                BusEvents.cancelled("SEA", "order-3").at(noon.plusSeconds(60)).json());

        events.forEach(json -> throughput.record(parse(json)));

        assertEquals(2, throughput.current(WindowKey.tenantWide(new TenantId("SEA"))).orElseThrow().after());
    }

    @Test
    void theFixturesReadFromTheTestSupportJar() {
        Engine<Integer> throughput = InMemoryEngine.create(Throughput.CONFIGURATION, Clock.systemUTC()).engine();

        List<Update<Integer>> updates = throughput.record(parse(EventFixtures.text("order-completed.json"))).updates();

        assertEquals(1, updates.size());
        assertEquals("NYC", updates.get(0).key().toString());
        assertEquals(1, updates.get(0).after());
    }

    private static OrderEvent parse(String json) {
        return assertInstanceOf(ParseResult.Parsed.class, PARSER.parse(json, "test")).event();
    }
}
