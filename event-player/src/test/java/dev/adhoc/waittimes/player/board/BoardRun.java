package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.wiring.ExtensionConfig;
import dev.adhoc.waittimes.player.wiring.RunningExtension;
import dev.adhoc.waittimes.player.wiring.Terminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;

/** The extension running in this process with a board on a free port: tests feed it events one by one. */
final class BoardRun implements AutoCloseable {
    final BoardState state;
    final BoardServer server;
    final RunningExtension extension;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    BoardRun(String source, OptionalDouble speed) {
        state = new BoardState(source, speed);
        try {
            server = BoardServer.start(0, state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        extension = RunningExtension.start(ExtensionConfig.defaults(), terminal, false, Optional.of(state));
    }

    static BoardRun replay() {
        return new BoardRun("replay", OptionalDouble.empty());
    }

    URI uri() {
        return server.uri();
    }

    /** Feeds events through the extension, as a replay does; their updates reach the board. */
    void feed(InputItem... items) {
        for (InputItem item : items) {
            extension.accept(item);
        }
    }

    /** @return what the extension reported on stderr (rejections) */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        extension.close();
    }
}
