package dev.adhoc.waittimes.player.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Simulated traffic written to a file once per test class, for its tests to replay: a static
 * {@code @RegisterExtension} field. The file is deleted after the class.
 */
final class SimulatedDay implements BeforeAllCallback, AfterAllCallback {
    private final String[] options;
    private Path events;
    private PlayerRun run;

    /** @param options the simulate options ({@code --format jsonl --write-events} are added) */
    SimulatedDay(String... options) {
        this.options = options.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        events = Files.createTempFile("simulated-day", ".jsonl");
        run = PlayerRun.simulateInto(events, options);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Files.deleteIfExists(events);
    }

    /** @return the file of simulated events, in delivery order */
    Path events() {
        return events;
    }

    /** @return the simulation's run, which exited 0 */
    PlayerRun run() {
        return run;
    }
}
