package dev.adhoc.waittimes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Node tool run by a test ({@code node <arguments>}, {@link NodeTools#node()}), with a temporary log of what it
 * writes to its standard error. {@link #close()} ends it and the processes it started and deletes the log, and so
 * does JVM shutdown if nobody closed it.
 *
 * <p>Two kinds: a {@link Kind#SERVER} writes its standard output to the log too and is ended by a signal; a
 * {@link Kind#PIPE} talks with the test over its standard input and output ({@link #process()}) and ends by itself
 * when its standard input closes, by a signal if it has not within 5 seconds.
 */
public final class NodeProcess implements AutoCloseable {
    // A safety net, not a timing assertion: a Node tool ends in milliseconds once asked to.
    private static final long END_SECONDS = 5;

    /** How the tool talks and how it ends. */
    public enum Kind {
        /** Standard output and error to the log; ended by a signal. */
        SERVER,
        /** Standard input and output to the test, standard error to the log; ends when its standard input closes. */
        PIPE
    }

    private final Process process;
    private final Kind kind;
    private final Path log;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;

    private NodeProcess(Process process, Kind kind, Path log, String name) {
        this.process = process;
        this.kind = kind;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code node <arguments>}.
     *
     * @param name      what the tool is, for the log file's and the shutdown hook's names
     * @param kind      how it talks and ends
     * @param directory its working directory, or null for the test's
     * @param arguments the script and its arguments
     * @return the running tool; close it when done
     * @throws IllegalStateException if {@code node} cannot run (the message says how to name it)
     */
    public static NodeProcess start(String name, Kind kind, Path directory, String... arguments) {
        Path log = tempLog(name);
        List<String> command = new ArrayList<>();
        command.add(NodeTools.node());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        if (kind == Kind.SERVER) {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            return new NodeProcess(builder.start(), kind, log, name);
        } catch (IOException e) {
            throw new IllegalStateException("could not run `" + NodeTools.node() + "` (Node.js 20+ on the PATH, or "
                    + NodeTools.NODE_PROPERTY + "): " + e.getMessage(), e);
        }
    }

    /** @return the process, whose standard input and output a {@link Kind#PIPE} talks over */
    public Process process() {
        return process;
    }

    /** @return whether it runs: not closed, and alive */
    public boolean isRunning() {
        return !stopped.get() && process.isAlive();
    }

    /** @return what it wrote to its log so far, stripped, or why there is none */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Ends the tool and its children and deletes its log; the second call does nothing. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (kind == Kind.SERVER || !process.waitFor(END_SECONDS, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(END_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary log left behind is harmless
        }
    }

    private static Path tempLog(String name) {
        try {
            Path log = Files.createTempFile(name + "-", ".log");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "NodeProcess[" + process.pid() + ", " + kind + "]";
    }
}
