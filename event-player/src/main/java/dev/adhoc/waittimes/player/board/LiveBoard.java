package dev.adhoc.waittimes.player.board;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The board of one run ({@code --board}): the server, its messages on stderr (never stdout, whose jsonl is a
 * contract), and a shutdown hook so that Ctrl-C closes it cleanly: every page gets its {@code closed} event.
 */
public final class LiveBoard implements AutoCloseable {
    private final BoardState state;
    private final BoardServer server;
    private final PrintStream err;
    private final Thread shutdownHook;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LiveBoard(BoardState state, BoardServer server, PrintStream err) {
        this.state = state;
        this.server = server;
        this.err = err;
        this.shutdownHook = new Thread(this::close, "board-shutdown");
    }

    /**
     * Starts the server and prints its address.
     *
     * @param port  the port on 127.0.0.1, or 0 for any free one
     * @param state what the board shows; the run feeds it
     * @param err   where to print the address and the closing line
     * @return the running board
     * @throws IOException if the port cannot be bound
     */
    public static LiveBoard start(int port, BoardState state, PrintStream err) throws IOException {
        LiveBoard board = new LiveBoard(state, BoardServer.start(port, state), err);
        Runtime.getRuntime().addShutdownHook(board.shutdownHook);
        err.println("board: live wait times at " + board.uri() + " (Ctrl-C to stop)");
        err.flush();
        return board;
    }

    /** @return what the board shows */
    public BoardState state() {
        return state;
    }

    /** @return the page's address */
    public URI uri() {
        return server.uri();
    }

    /**
     * The input is done: the board shows the final figures and stays open until Ctrl-C (or {@link #close()}).
     *
     * @throws InterruptedException if this thread is interrupted while waiting
     */
    public void keepOpenUntilStopped() throws InterruptedException {
        state.finished();
        err.println("board: the input is done; the final board stays at " + uri() + " until Ctrl-C");
        err.flush();
        closed.await();
    }

    /** Stops the server after every page got its {@code closed} event. Idempotent; called by the hook on Ctrl-C. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        server.close();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is ours and has nothing left to do
            }
        }
        err.println("board: closed");
        err.flush();
        closed.countDown();
    }
}
