package dev.adhoc.waittimes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A dynalite server (a DynamoDB-compatible server, in memory) on a free loopback port, run as
 * {@code node node_modules/dynalite/cli.js --host 127.0.0.1 --port P}. A project of its own installs dynalite in
 * its directory ({@code npm install --save-dev dynalite@4.0.0}); {@link NodeTools} says where it is looked for.
 *
 * <p>{@link #start()} returns once the port accepts connections; {@link #close()} stops the process and its
 * children, and so does JVM shutdown if nobody closed it. Tables become ACTIVE at once (the create, delete and
 * update delays are set to zero). To start one server per test JVM and reuse it, use {@link #shared()} or
 * {@link DynaliteExtension}.
 */
public final class DynaliteServer implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    // Bounded readiness polling (not a timing assertion): node starts dynalite in well under a second.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;
    private static final int PORT_ATTEMPTS = 3;
    private static final Object SHARED_LOCK = new Object();
    private static DynaliteServer shared;

    private final NodeProcess process;
    private final int port;
    private final boolean isShared;

    private DynaliteServer(NodeProcess process, int port, boolean isShared) {
        this.process = process;
        this.port = port;
        this.isShared = isShared;
    }

    /**
     * Starts a server of the dynalite that {@link NodeTools#dynaliteCli()} finds: in the {@code node_modules} named
     * by {@code -Dnode.modules} or {@code NODE_MODULES_DIR}, else in the working directory's {@code node_modules}
     * or one above it.
     *
     * @return the running server; close it when done
     * @throws IllegalStateException if dynalite is not installed (the message names the {@code npm install} command
     *                               to run), node cannot run, or the server does not come up
     */
    public static DynaliteServer start() {
        return start(NodeTools.dynaliteCli(), false);
    }

    /**
     * Starts a server of the dynalite installed in a given {@code node_modules} directory.
     *
     * @param nodeModules a {@code node_modules} directory holding {@code dynalite/cli.js}
     * @return the running server; close it when done
     * @throws IllegalStateException if dynalite is not installed there (the message names the {@code npm install}
     *                               command to run), node cannot run, or the server does not come up
     */
    public static DynaliteServer start(Path nodeModules) {
        return start(NodeTools.dynaliteCli(nodeModules), false);
    }

    /**
     * The server shared by the whole JVM: started on first use, stopped at JVM shutdown. Its {@link #close()}
     * does nothing, so a test may use it in try-with-resources without stopping it for the others. Tests that
     * share it keep apart by using their own table names.
     *
     * @return the running shared server
     */
    public static DynaliteServer shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null || !shared.isRunning()) {
                shared = start(NodeTools.dynaliteCli(), true);
            }
            return shared;
        }
    }

    /** @return the server's endpoint, {@code http://127.0.0.1:<port>} */
    public URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    /** @return the loopback port it listens on */
    public int port() {
        return port;
    }

    /** @return whether the server process is alive */
    public boolean isRunning() {
        return process.isRunning();
    }

    /** Stops the server and its child processes; does nothing for the {@link #shared()} server. */
    @Override
    public void close() {
        if (!isShared) {
            process.close();
        }
    }

    private static DynaliteServer start(Path cli, boolean isShared) {
        String lastFailure = "";
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            NodeProcess process = NodeProcess.start("dynalite", NodeProcess.Kind.SERVER, null, cli.toString(),
                    "--host", LOOPBACK, "--port", Integer.toString(port),
                    "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
            String failure = awaitReady(process, port);
            if (failure == null) {
                return new DynaliteServer(process, port, isShared);
            }
            process.close();
            lastFailure = failure;
            if (!failure.contains("EADDRINUSE")) {
                break; // only a port taken between our probe and dynalite's bind is worth another port
            }
        }
        throw new IllegalStateException("dynalite did not start: " + lastFailure);
    }

    /** @return null once the port accepts connections, else why not */
    private static String awaitReady(NodeProcess process, int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
        while (System.nanoTime() < deadline) {
            if (!process.process().isAlive()) {
                return "exited with " + process.process().exitValue() + ": " + read(process);
            }
            // The log line guards against connecting to another process that took the port.
            if (read(process).contains("listening at")) {
                try (Socket socket = new Socket()) {
                    socket.connect(address, 500);
                    return null;
                } catch (IOException notYet) {
                    // fall through and poll again
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for port " + port;
            }
        }
        return "port " + port + " did not accept connections within " + READY_TIMEOUT.toSeconds() + " s: " + read(process);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static String read(NodeProcess process) {
        return process.log().replace('\n', ' ');
    }

    @Override
    public String toString() {
        return "DynaliteServer[" + endpoint() + (isShared ? ", shared" : "") + "]";
    }
}
