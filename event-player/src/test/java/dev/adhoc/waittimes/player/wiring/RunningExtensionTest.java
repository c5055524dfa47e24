package dev.adhoc.waittimes.player.wiring;

import dev.adhoc.waittimes.player.io.EventJson;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.simulation.CoffeeBarSimulator;
import dev.adhoc.waittimes.player.simulation.Delivery;
import dev.adhoc.waittimes.player.simulation.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunningExtensionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @Test
    void in_memory_the_open_orders_of_about_a_day_are_held_however_long_the_replay() {
        SimulationSettings settings = new SimulationSettings(20_000, List.of("NYC", "LDN"), 11, 0, 0, 5,
                CoffeeBarSimulator.startEndingOnTheFixedDay(20_000, 2));
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings);
        EventJson json = new EventJson();
        int mostHeld = 0;
        Delivery last = null;
        try (RunningExtension extension = RunningExtension.start(ExtensionConfig.defaults(), terminal, false)) {
            long n = 0;
            while (simulator.hasNext()) {
                last = simulator.next();
                extension.accept(new InputItem.Event("event " + ++n, json.toJson(last.event())));
                mostHeld = Math.max(mostHeld, extension.orderRecordsHeld());
            }
            assertThat(extension.stats().eventsRejected()).isZero();
            assertThat(extension.latestUpdates()).hasSize(2 * 9);
        }
        long days = Duration.between(settings.start(), last.deliveredAt()).toDays();
        assertThat(days).as("the replay spans many days").isGreaterThanOrEqualTo(8);
        // About 1,300 orders a day for both bars; records live 24 hours after their last event, purged in batches.
        assertThat(mostHeld).isLessThan(settings.orders() / 3);
    }
}
