package dev.adhoc.waittimes.player;

import dev.adhoc.waittimes.player.cli.PlayerCommand;
import dev.adhoc.waittimes.player.wiring.Terminal;
import dev.adhoc.waittimes.player.wiring.TerminalWidth;
import dev.adhoc.waittimes.player.wiring.WatchedOutput;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The event player's entry point: {@code java -jar event-player.jar replay|simulate ...}. See {@code --help}.
 */
public final class EventPlayer {
    private EventPlayer() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        // stdout is buffered (a replay may print a million lines); the run flushes it when a person should see it.
        WatchedOutput watch = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(new BufferedOutputStream(watch, 64 * 1024), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        boolean interactive = System.console() != null;
        int status = run(args, new Terminal(System.in, out, err, interactive, watch,
                interactive ? TerminalWidth.columns() : 0));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the player in this process, on the given streams.
     *
     * @param args     the command line
     * @param terminal stdin, stdout, stderr
     * @return the exit status: 0 processed, 1 a store or bus failed for good, 2 bad usage
     */
    public static int run(String[] args, Terminal terminal) {
        int status = PlayerCommand.execute(args, terminal);
        terminal.out().flush();
        return status;
    }
}
