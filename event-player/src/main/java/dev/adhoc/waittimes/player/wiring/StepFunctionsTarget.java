package dev.adhoc.waittimes.player.wiring;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.stepfunctions.EmittedEntry;
import dev.adhoc.waittimes.aws.stepfunctions.StepFunctionsSettings;
import dev.adhoc.waittimes.aws.stepfunctions.StepFunctionsWorkflow;
import dev.adhoc.waittimes.aws.stepfunctions.UnexpectedWorkflowOutputException;
import dev.adhoc.waittimes.aws.stepfunctions.WorkflowOutcome;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.player.io.InputItem;
import dev.adhoc.waittimes.player.io.UpdateDetails;
import dev.adhoc.waittimes.player.io.UpdateLines;
import dev.adhoc.waittimes.player.view.Progress;
import dev.adhoc.waittimes.player.view.RejectionLog;
import dev.adhoc.waittimes.player.view.RunStats;
import dev.adhoc.waittimes.player.view.Summary;
import dev.adhoc.waittimes.player.view.WaitTimeTable;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The deployed Express workflow as the target of a run ({@code --target stepfunctions}): each event, as read or
 * simulated, is the input of one {@code StartSyncExecution} ({@link StepFunctionsWorkflow#run}), and what the
 * workflow emitted is printed as the local extension prints its updates.
 *
 * <p>Up to {@code concurrency} executions run at once, on as many threads. Results are printed in input order, by
 * one printer thread that waits for each event's execution in turn, so the output of a given input and workflow
 * behaviour does not depend on which execution ends first. At most {@value #WINDOW_PER_EXECUTION} events per
 * thread are in flight or waiting to be printed; reading the input waits beyond that, so memory stays bounded
 * whatever the input's size. All views (stats, table, progress, stdout) are touched by the printer thread only,
 * until {@link #finish()} has joined it.
 *
 * <p>A failed or timed-out execution is reported on stderr and the run goes on; the run then ends with status 1.
 * A call that fails (after the adapter's retries of throttling) or an output that is not the handler's result means
 * the API or the deployment is unusable, and would be for every further event: no further event is sent, and the
 * run stops with status 1.
 */
public final class StepFunctionsTarget implements EventTarget {
    /** Events in flight or waiting to be printed, per execution thread. */
    static final int WINDOW_PER_EXECUTION = 4;
    private static final int MAX_CAUSE = 500;
    private static final Pending END = new Local("end", null, null);

    private final Function<String, WorkflowOutcome> workflow;
    private final AutoCloseable closeWorkflow;
    private final String stateMachineArn;
    private final ExtensionConfig.Format format;
    private final boolean paced;
    private final Terminal terminal;
    private final ExecutorService executions;
    private final BlockingQueue<Pending> pending;
    private final Thread printer;

    // read side (the caller's thread)
    private final ObjectMapper syntax = lenientMapper();
    private final OrderEventParser parser = new OrderEventParser(CompletionMode.COMPLETED);
    private boolean stopThrown;
    private boolean finished;

    // print side (the printer thread, then the caller's thread after finish joined it)
    private final RunStats stats = new RunStats();
    private final EventTimeClock eventClock = new EventTimeClock();
    private final WaitTimeTable table = new WaitTimeTable();
    private final Progress progress;
    private final RejectionLog rejections;
    private final UpdateDetails details = new UpdateDetails();
    private final WorkflowCounts counts = new WorkflowCounts();

    // shared
    private volatile Tick lastTick;
    private volatile ExtensionFailedException stop;

    private record Tick(long done, OptionalLong total, String unit) {
    }

    /** An input item on its way to the printer, in input order. */
    private sealed interface Pending {
        String position();

        Instant time();
    }

    /** An item rejected here: not JSON, or too large to be an execution's input (the bus never delivers one). */
    private record Local(String position, Instant time, Rejection rejection) implements Pending {
    }

    /** An event sent to the workflow. */
    private record Sent(String position, Instant time, CompletableFuture<WorkflowOutcome> outcome) implements Pending {
    }

    /**
     * @param workflow        runs one event (thread-safe): {@link StepFunctionsWorkflow#run}
     * @param closeWorkflow   closed with this target
     * @param stateMachineArn for the summary
     * @param concurrency     the most executions in flight
     * @param format          how stdout shows the updates
     * @param terminal        the streams
     * @param paced           whether events come at a real-time pace (output is then flushed as it happens)
     */
    StepFunctionsTarget(Function<String, WorkflowOutcome> workflow, AutoCloseable closeWorkflow, String stateMachineArn,
                        int concurrency, ExtensionConfig.Format format, Terminal terminal, boolean paced) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.closeWorkflow = Objects.requireNonNull(closeWorkflow, "closeWorkflow");
        this.stateMachineArn = Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        this.format = Objects.requireNonNull(format, "format");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.paced = paced;
        AtomicInteger threads = new AtomicInteger();
        this.executions = Executors.newFixedThreadPool(concurrency, task -> daemon(task, "execution-" + threads.incrementAndGet()));
        this.pending = new ArrayBlockingQueue<>(WINDOW_PER_EXECUTION * concurrency);
        this.progress = new Progress(table, stats, terminal.out(), terminal.err(), terminal.interactive(), System::nanoTime,
                eventClock::instant);
        progress.fitTo(terminal.columns());
        this.rejections = new RejectionLog(terminal.err());
        this.printer = daemon(this::printAll, "printer");
        printer.start();
    }

    /**
     * @param config   the state machine (or the stack that names it), endpoint, region, concurrency, format
     * @param terminal the streams
     * @param paced    whether events come at a real-time pace
     * @return the target, ready for input
     * @throws ExtensionFailedException if the client cannot be built or the stack cannot be read
     */
    public static StepFunctionsTarget start(StepFunctionsConfig config, Terminal terminal, boolean paced) {
        StepFunctionsWorkflow workflow;
        try {
            StepFunctionsSettings settings = settings(config);
            workflow = config.stateMachineArn().isPresent()
                    ? StepFunctionsWorkflow.connect(settings, config.stateMachineArn().get())
                    : StepFunctionsWorkflow.connectToStack(settings, config.stack().orElseThrow());
        } catch (RuntimeException e) {
            throw new ExtensionFailedException("the workflow", "start", e);
        }
        return new StepFunctionsTarget(workflow::run, workflow, workflow.stateMachineArn(), config.concurrency(),
                config.format(), terminal, paced);
    }

    /** Against a loopback endpoint: dummy credentials and any region, as for the other clients of the player. */
    static StepFunctionsSettings settings(StepFunctionsConfig config) {
        StepFunctionsSettings settings = config.endpoint()
                .map(StepFunctionsSettings::forEndpoint)
                .orElseGet(StepFunctionsSettings::defaults);
        if (config.region().isPresent()) {
            return settings.withRegion(Region.of(config.region().get()));
        }
        // a clear message rather than the SDK's when no region can be found
        return settings.region().isPresent() ? settings : settings.withRegion(Region.of(AwsClients.defaultRegion()));
    }

    @Override
    public void accept(InputItem item) {
        ExtensionFailedException failure = stop;
        if (failure != null) {
            stopThrown = true;
            throw failure;
        }
        Pending next = item instanceof InputItem.Event event ? send(event)
                : new Local(item.position(), null, new Rejection(RejectionReason.NOT_JSON,
                        ((InputItem.Unreadable) item).message(), item.position()));
        try {
            pending.put(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtensionFailedException("the workflow", item.position(), e);
        }
    }

    private Pending send(InputItem.Event event) {
        byte[] bytes = event.json();
        JsonNode tree = null;
        if (bytes.length <= ContractJson.MAX_EVENT_BYTES) {
            try {
                tree = syntax.readTree(bytes);
            } catch (IOException notJson) {
                tree = null;
            }
        }
        if (tree == null || tree.isMissingNode()) {
            // StartSyncExecution takes JSON only; the local parser gives the local target's very rejection
            ParseResult parsed = parser.parse(bytes, event.position());
            Rejection rejection = parsed instanceof ParseResult.Rejected rejected ? rejected.rejection()
                    : new Rejection(RejectionReason.NOT_JSON, "not valid JSON", event.position());
            return new Local(event.position(), null, rejection);
        }
        String input = new String(bytes, StandardCharsets.UTF_8);
        return new Sent(event.position(), timeOf(tree),
                CompletableFuture.supplyAsync(() -> workflow.apply(input), executions));
    }

    @Override
    public void tick(long done, OptionalLong total, String unit) {
        lastTick = new Tick(done, total, unit);
    }

    @Override
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            pending.put(END);
            printer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executions.shutdown();
        stats.stop();
        terminal.out().flush();
        PrintStream summary = format == ExtensionConfig.Format.TABLE ? terminal.out() : terminal.err();
        if (format == ExtensionConfig.Format.TABLE) {
            progress.finish();
            summary.println();
        }
        Summary.print(stats, summary);
        summary.println(counts.line(stateMachineArn));
        summary.flush();
    }

    @Override
    public Optional<String> failure() {
        if (stopThrown) {
            return Optional.empty(); // the run already stopped on it
        }
        if (stop != null) {
            return Optional.of(stop.getMessage());
        }
        long failures = counts.failures();
        return failures == 0 ? Optional.empty() : Optional.of("the workflow did not process " + failures
                + (failures == 1 ? " event (" : " events (") + counts.failuresLine() + "); see the lines above");
    }

    @Override
    public void close() {
        printer.interrupt(); // only still waiting if the run ended without finish()
        executions.shutdownNow();
        try {
            closeWorkflow.close();
        } catch (Exception ignored) {
            // closing a client at exit: nothing left to do about a failure
        }
    }

    private void printAll() {
        while (true) {
            Pending next;
            try {
                next = pending.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == END) {
                return;
            }
            try {
                print(next);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                callFailed(next.position(), e); // the printer must go on, or reading the input would wait forever
            }
            Tick tick = lastTick;
            if (tick != null && format == ExtensionConfig.Format.TABLE) {
                progress.tick(tick.done(), tick.total(), tick.unit());
            }
        }
    }

    private void print(Pending next) throws InterruptedException {
        stats.read();
        if (next.time() != null) {
            eventClock.advanceTo(next.time());
        }
        if (next instanceof Local local) {
            rejected(local.position(), local.rejection());
            return;
        }
        Sent sent = (Sent) next;
        WorkflowOutcome outcome;
        try {
            outcome = sent.outcome().get();
        } catch (ExecutionException e) {
            callFailed(sent.position(), e.getCause() == null ? e : e.getCause());
            return;
        }
        if (outcome instanceof WorkflowOutcome.Emitted emitted) {
            if (emitted.status() == WorkflowOutcome.Status.ACCEPTED) {
                stats.accepted();
            } else {
                stats.ignored();
            }
            emit(emitted.entries());
            counts.succeeded(emitted.execution());
        } else if (outcome instanceof WorkflowOutcome.Rejected rejected) {
            emit(rejected.entries());
            rejected(sent.position(), rejected.rejection());
            counts.succeeded(rejected.execution());
        } else if (outcome instanceof WorkflowOutcome.Failed failed) {
            terminal.err().println(failureLine("failed", sent.position(), failed.error(), failed.cause(),
                    failed.execution().arn()));
            counts.failed(failed.execution());
        } else if (outcome instanceof WorkflowOutcome.TimedOut timedOut) {
            terminal.err().println(failureLine("timed out", sent.position(), timedOut.error(), timedOut.cause(),
                    timedOut.execution().arn()));
            counts.timedOut(timedOut.execution());
        }
    }

    private void emit(List<EmittedEntry> entries) {
        stats.updates(entries.size());
        for (EmittedEntry entry : entries) {
            if (format == ExtensionConfig.Format.JSONL) {
                terminal.out().print(UpdateLines.line(entry.source(), entry.detailType(), oneLineJson(entry.detail())));
                terminal.out().print('\n');
            } else {
                details.parse(entry.detail()).ifPresent(update -> table.publish(List.of(update)));
            }
        }
        if (paced && !entries.isEmpty()) {
            terminal.out().flush();
        }
    }

    private void rejected(String position, Rejection rejection) {
        stats.rejected(rejection.reason());
        rejections.rejected(position, rejection);
    }

    private void callFailed(String position, Throwable cause) {
        String what = cause instanceof UnexpectedWorkflowOutputException ? "workflow output unexpected at "
                : "workflow call failed at ";
        terminal.err().println(what + position + ": " + ExtensionFailedException.describe(cause));
        counts.callFailed();
        if (stop == null) {
            stop = new ExtensionFailedException("the workflow", position, cause);
        }
    }

    static String failureLine(String what, String position, String error, String cause, String executionArn) {
        String flat = cause.replaceAll("\\p{Cntrl}+", " ").strip();
        String shown = flat.length() > MAX_CAUSE ? flat.substring(0, MAX_CAUSE) + "..." : flat;
        return "workflow " + what + " at " + position + ": " + (error.isEmpty() ? "(no error)" : error)
                + (shown.isEmpty() ? "" : ": " + shown) + " (execution " + executionArn + ")";
    }

    /** A detail as one line of JSON: as the workflow wrote it if it is JSON on one line, else re-serialized. */
    private String oneLineJson(String detail) {
        try {
            JsonNode tree = syntax.readTree(detail);
            if (tree != null && !tree.isMissingNode() && detail.indexOf('\n') < 0 && detail.indexOf('\r') < 0) {
                return detail;
            }
            return syntax.writeValueAsString(tree == null || tree.isMissingNode() ? detail : tree);
        } catch (IOException notJson) {
            try {
                return syntax.writeValueAsString(detail); // as a JSON string: the line stays JSON
            } catch (IOException cannot) {
                throw new IllegalStateException(cannot);
            }
        }
    }

    private static Instant timeOf(JsonNode event) {
        JsonNode time = event.get("time");
        if (time == null || !time.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(time.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** JSON syntax only, as StartSyncExecution checks its input: trailing content is an error, duplicates are not. */
    private static ObjectMapper lenientMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, "stepfunctions-" + name);
        thread.setDaemon(true);
        return thread;
    }
}
