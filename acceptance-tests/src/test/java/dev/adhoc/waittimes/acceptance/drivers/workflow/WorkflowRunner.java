package dev.adhoc.waittimes.acceptance.drivers.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.testsupport.NodeProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The interpreter: {@code node acceptance-tests/src/test/node/workflow-runner.mjs <definition>}, fed one execution at
 * a time on its standard input, each with the task endpoint to hand its Task states to. Its diagnostics go to a
 * temporary log, quoted in every failure. {@link #close()} ends it and its children, and so does JVM shutdown if
 * nobody closed it; the process also ends by itself when its standard input closes (the JVM is gone).
 *
 * <p>Starting Node and loading the interpreter costs far more than an execution, so the drivers of a JVM share one
 * runner per definition ({@link #shared}); executions are independent of each other.
 */
final class WorkflowRunner implements AutoCloseable {
    // A safety net, not a timing assertion: an execution takes milliseconds; a stuck interpreter fails the test
    // instead of hanging the build.
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);
    private static final String END_OF_OUTPUT = "\u0000end";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeProcess node;
    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private static final Map<Path, WorkflowRunner> SHARED = new HashMap<>();

    private WorkflowRunner(NodeProcess node) {
        this.node = node;
        this.process = node.process();
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "workflow-runner-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param definition the definition's file
     * @return the running interpreter of that definition that the JVM shares, started on first use and stopped at
     *         JVM shutdown
     */
    static WorkflowRunner shared(Path definition) {
        synchronized (SHARED) {
            WorkflowRunner runner = SHARED.get(definition);
            if (runner == null || !runner.process.isAlive()) {
                runner = start(definition);
                SHARED.put(definition, runner);
            }
            return runner;
        }
    }

    private static WorkflowRunner start(Path definition) {
        Path root = RepositoryFiles.root();
        return new WorkflowRunner(NodeProcess.start("workflow-runner", NodeProcess.Kind.PIPE, root,
                root.resolve(RepositoryFiles.RUNNER).toString(), definition.toString()));
    }

    /**
     * Runs one execution to its end.
     *
     * @param endpoint where the execution's Task states go
     * @param input    the execution's input
     * @param context the Context Object ({@code Execution.Id}, {@code Execution.Name}, {@code StateMachine.Id})
     * @return how it ended
     * @throws IllegalStateException if the interpreter itself failed, stopped or answered nothing
     */
    synchronized ExecutionResult run(URI endpoint, JsonNode input, ObjectNode context) {
        ObjectNode request = JSON.createObjectNode();
        request.put("endpoint", endpoint.toString());
        request.set("input", input);
        request.set("context", context);
        try {
            requests.write(JSON.writeValueAsString(request));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the interpreter does not take requests: " + diagnostics(), e);
        }
        JsonNode answer = parse(nextAnswer());
        String status = answer.path("status").asText();
        if (status.equals("RUNNER_ERROR")) {
            throw new IllegalStateException("the interpreter failed: " + answer.path("cause").asText());
        }
        List<ExecutionResult.StateEvent> events = new ArrayList<>();
        answer.path("events").forEach(e -> events.add(new ExecutionResult.StateEvent(e.path("type").asText(),
                e.path("state").asText(), e.hasNonNull("error") ? e.get("error").asText() : null)));
        return new ExecutionResult(context.path("Execution").path("Id").asText(),
                context.path("Execution").path("Name").asText(), status,
                status.equals("SUCCEEDED") ? answer.path("output") : null,
                status.equals("SUCCEEDED") ? null : answer.path("error").asText(""),
                status.equals("SUCCEEDED") ? null : answer.path("cause").asText(""), events);
    }

    private String nextAnswer() {
        String line;
        try {
            line = answers.poll(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the interpreter", e);
        }
        if (line == null) {
            throw new IllegalStateException("the interpreter answered nothing within " + ANSWER_TIMEOUT.toSeconds()
                    + " s: " + diagnostics());
        }
        if (line.equals(END_OF_OUTPUT)) {
            answers.add(END_OF_OUTPUT);
            throw new IllegalStateException("the interpreter stopped: " + diagnostics());
        }
        return line;
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                answers.add(line);
            }
        } catch (IOException ignored) {
            // the process ended: reported below
        } finally {
            answers.add(END_OF_OUTPUT);
        }
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("the interpreter answered something else than JSON: " + line + "; "
                    + diagnostics(), e);
        }
    }

    private String diagnostics() {
        return (process.isAlive() ? "running" : "exited with " + process.exitValue()) + ", log: " + node.log();
    }

    /**
     * Ends the interpreter (its standard input closes, so it exits by itself) and whatever it started. The
     * {@link #shared} runner is closed by JVM shutdown.
     */
    @Override
    public void close() {
        node.close();
    }
}
