package dev.adhoc.waittimes.player.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.adhoc.waittimes.player.cli.StepFunctionsStub.STATE_MACHINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --target stepfunctions}: each event is the input of an execution of the deployed workflow, here a loopback
 * stand-in of the Step Functions API. (The timeout only guards against a hang; no assertion depends on timing.)
 */
@Timeout(60)
class StepFunctionsTargetTest {
    private static final String SOURCE_AND_TYPE =
            "{\"source\":\"awsserverlessda.serverlesspresso\",\"detail-type\":\"OrderManager.DrinkAverageTime\",\"detail\":";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void updates_print_in_input_order_whatever_order_the_executions_end_in(int concurrency) throws IOException {
        List<String> events = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> Events.noise("e" + i, "2026-11-27T08:0" + i + ":00Z")).toList();
        Path input = jsonl(events);
        // e3 emits two updates, e5 none
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> {
                    int i = index(call);
                    String output = i == 3 ? StepFunctionsStub.accepted(detail(3), detail(30))
                            : i == 5 ? StepFunctionsStub.accepted() : StepFunctionsStub.accepted(detail(i));
                    return StepFunctionsStub.succeeded(call, output);
                })
                // the stub answers each group of `concurrency` calls last event first
                .heldInGroupsOf(concurrency, StepFunctionsTargetTest::index)) {
            PlayerRun run = PlayerRun.of(args(stub, "replay", input.toString(), "--format", "jsonl",
                    "--concurrency", String.valueOf(concurrency)));

            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.outLines()).containsExactly(line(1), line(2), line(3), line(30), line(4), line(6), line(7),
                    line(8));
            assertThat(stub.mostInFlight()).isEqualTo(concurrency);
            List<StepFunctionsStub.Call> calls = stub.calls();
            assertThat(calls).extracting(StepFunctionsStub.Call::input).containsExactlyInAnyOrderElementsOf(events);
            assertThat(calls).allSatisfy(call -> {
                assertThat(call.target()).isEqualTo("AWSStepFunctions.StartSyncExecution");
                assertThat(call.host()).isEqualTo(stub.endpoint().getAuthority());
                assertThat(call.stateMachineArn()).isEqualTo(STATE_MACHINE);
                assertThat(call.name()).matches(call.eventId() + "-[0-9a-z]{8}");
            });
            assertThat(run.errLines()).hasSize(3);
            assertThat(run.errLines().get(0))
                    .startsWith("summary: 8 events read, 8 accepted, 0 ignored, 0 rejected, 8 updates emitted in ");
            assertThat(run.errLines().get(1)).isEqualTo("rejected by reason: none");
            assertThat(run.errLines().get(2)).isEqualTo("stepfunctions: 8 executions of " + STATE_MACHINE
                    + " (8 succeeded, 0 failed, 0 timed out, 0 calls failed), 0.8 s billed");
        }
    }

    @Test
    void the_deployed_lambda_behind_the_workflow_prints_what_the_local_target_prints() throws IOException {
        Path events = dir.resolve("events.jsonl");
        PlayerRun.simulateInto(events, "--orders", "20", "--duplicates", "5", "--reorder", "30");
        Files.writeString(events, "not json\n", java.nio.file.StandardOpenOption.APPEND);
        PlayerRun local = PlayerRun.of("replay", events.toString(), "--format", "jsonl");
        PlayerRun localTable = PlayerRun.of("replay", events.toString());
        try (StepFunctionsStub stub = StepFunctionsStub.answering(new LambdaBehindTheStub())) {
            // one execution at a time: the handler sees the events in input order, as the local extension does
            PlayerRun run = PlayerRun.of(args(stub, "replay", events.toString(), "--format", "jsonl",
                    "--concurrency", "1"));

            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.out()).isNotEmpty().isEqualTo(local.out());
            assertThat(rejections(run)).isNotEmpty().isEqualTo(rejections(local));
            assertThat(counts(run)).isEqualTo(counts(local));
            // the non-JSON line is rejected here: StartSyncExecution takes JSON only
            assertThat(stub.calls()).hasSize((int) Files.lines(events).count() - 1);
        }
        try (StepFunctionsStub stub = StepFunctionsStub.answering(new LambdaBehindTheStub())) {
            PlayerRun table = PlayerRun.of(args(stub, "replay", events.toString(), "--concurrency", "1"));

            assertThat(table.status()).as(table.toString()).isZero();
            assertThat(tableLines(table)).hasSizeGreaterThan(2).isEqualTo(tableLines(localTable));
        }
    }

    @Test
    void simulate_sends_each_simulated_event_to_the_workflow() {
        PlayerRun local = PlayerRun.of("simulate", "--orders", "12", "--format", "jsonl");
        try (StepFunctionsStub stub = StepFunctionsStub.answering(new LambdaBehindTheStub())) {
            PlayerRun run = PlayerRun.of(args(stub, "simulate", "--orders", "12", "--format", "jsonl",
                    "--concurrency", "1"));

            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.out()).isNotEmpty().isEqualTo(local.out());
            assertThat(counts(run)).isEqualTo(counts(local));
        }
    }

    @Test
    void rejected_events_are_reported_on_stderr_like_local_rejections() throws IOException {
        String rejection = "{\"status\":\"REJECTED\",\"entries\":[],\"rejection\":{\"reason\":\"NEGATIVE_WAIT\","
                + "\"message\":\"order o2 of NYC was completed before it was submitted\",\"eventRef\":\"e2\"}}";
        Path input = jsonl(List.of(Events.noise("e1", "2026-11-27T08:01:00Z"), Events.noise("e2", "2026-11-27T08:02:00Z"),
                Events.noise("e3", "2026-11-27T08:03:00Z"), "{\"id\": not json"));
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> StepFunctionsStub.succeeded(call,
                index(call) == 2 ? rejection : StepFunctionsStub.accepted(detail(index(call)))))) {
            PlayerRun run = PlayerRun.of(args(stub, "replay", input.toString(), "--format", "jsonl", "--concurrency", "3"));

            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.outLines()).containsExactly(line(1), line(3));
            assertThat(run.errLines().get(0)).isEqualTo(
                    "rejected line 2: NEGATIVE_WAIT: order o2 of NYC was completed before it was submitted (event e2)");
            String localNotJson = PlayerRun.of("replay", input.toString(), "--format", "jsonl").errLines().stream()
                    .filter(l -> l.startsWith("rejected line 4:")).findFirst().orElseThrow();
            assertThat(run.errLines().get(1)).startsWith("rejected line 4: NOT_JSON: ").isEqualTo(localNotJson);
            assertThat(run.errLines().get(2)).startsWith("summary: 4 events read, 2 accepted, 0 ignored, 2 rejected");
            assertThat(run.errLines().get(3)).isEqualTo("rejected by reason: NOT_JSON 1, NEGATIVE_WAIT 1");
            assertThat(stub.calls()).hasSize(3);
        }
    }

    @Test
    void failed_and_timed_out_executions_are_reported_with_their_cause_and_the_run_ends_with_1() throws IOException {
        Path input = jsonl(IntStream.rangeClosed(1, 4).mapToObj(i -> Events.noise("e" + i, "2026-11-27T08:0" + i + ":00Z"))
                .toList());
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> switch (index(call)) {
            case 2 -> StepFunctionsStub.ended(call, "FAILED", "States.TaskFailed",
                    "{\"errorMessage\":\"Connect to dynamodb timed out\",\n\"errorType\":\"SdkClientException\"}");
            case 3 -> StepFunctionsStub.ended(call, "TIMED_OUT", "States.Timeout", "");
            default -> StepFunctionsStub.succeeded(call, StepFunctionsStub.accepted(detail(index(call))));
        })) {
            PlayerRun run = PlayerRun.of(args(stub, "replay", input.toString(), "--format", "jsonl", "--concurrency", "2"));

            assertThat(run.status()).as(run.toString()).isEqualTo(1);
            assertThat(run.outLines()).containsExactly(line(1), line(4));
            String execution = " (execution arn:aws:states:us-east-1:123456789012:express:WaitTimesWorkflow:e";
            assertThat(run.errLines().get(0)).startsWith("workflow failed at line 2: States.TaskFailed: "
                    + "{\"errorMessage\":\"Connect to dynamodb timed out\", \"errorType\":\"SdkClientException\"}" + execution + "2-");
            assertThat(run.errLines().get(1)).startsWith("workflow timed out at line 3: States.Timeout" + execution + "3-");
            assertThat(run.errLines().get(2)).startsWith("summary: 4 events read, 2 accepted, 0 ignored, 0 rejected, 2 updates");
            assertThat(run.errLines().get(4)).startsWith("stepfunctions: 4 executions of " + STATE_MACHINE
                    + " (2 succeeded, 1 failed, 1 timed out, 0 calls failed)");
            assertThat(run.errLines().get(5)).isEqualTo("event-player: the workflow did not process 2 events "
                    + "(1 failed, 1 timed out, 0 calls failed); see the lines above");
            assertThat(run.errLines()).hasSize(6);
            assertThat(stub.calls()).hasSize(4);
        }
    }

    @Test
    void a_call_that_fails_stops_sending_events_and_the_run_ends_with_1() throws IOException {
        Path input = jsonl(IntStream.rangeClosed(1, 40).mapToObj(i -> Events.noise("e" + i, "2026-11-27T08:00:00Z"))
                .toList());
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> StepFunctionsStub.error(400,
                "AccessDeniedException", "not authorized to perform states:StartSyncExecution"))) {
            PlayerRun run = PlayerRun.of(args(stub, "replay", input.toString(), "--format", "jsonl", "--concurrency", "1"));

            assertThat(run.status()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines().get(0)).startsWith("workflow call failed at line 1: WorkflowCallException: ")
                    .contains("not authorized to perform states:StartSyncExecution");
            assertThat(run.errLines()).last().asString()
                    .startsWith("event-player: the workflow failed at line 1: WorkflowCallException: ");
            assertThat(stub.calls()).hasSizeLessThan(40);
        }
    }

    @Test
    void an_output_that_is_not_the_handlers_result_is_a_deployment_mismatch_and_stops_the_run() throws IOException {
        Path input = jsonl(IntStream.rangeClosed(1, 40).mapToObj(i -> Events.noise("e" + i, "2026-11-27T08:00:00Z"))
                .toList());
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> StepFunctionsStub.succeeded(call,
                "{\"ok\":true}"))) {
            PlayerRun run = PlayerRun.of(args(stub, "replay", input.toString(), "--format", "jsonl", "--concurrency", "1"));

            assertThat(run.status()).as(run.toString()).isEqualTo(1);
            assertThat(run.errLines().get(0))
                    .startsWith("workflow output unexpected at line 1: UnexpectedWorkflowOutputException: execution ")
                    .contains("output holds no handler result");
            assertThat(run.errLines()).last().asString().startsWith("event-player: the workflow failed at line 1: ");
            assertThat(stub.calls()).hasSizeLessThan(40);
        }
    }

    @Test
    void the_state_machine_can_come_from_the_stack_outputs() throws IOException {
        Path input = jsonl(List.of(Events.noise("e1", "2026-11-27T08:01:00Z")));
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> StepFunctionsStub.succeeded(call,
                StepFunctionsStub.accepted(detail(1)))).withStack("WaitTimesExtension", STATE_MACHINE)) {
            PlayerRun run = PlayerRun.of("replay", input.toString(), "--format", "jsonl", "--target", "stepfunctions",
                    "--stack", "WaitTimesExtension", "--stepfunctions-endpoint", stub.endpoint().toString(),
                    "--region", "eu-west-1");

            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.outLines()).containsExactly(line(1));
            assertThat(stub.calls()).singleElement().extracting(StepFunctionsStub.Call::stateMachineArn)
                    .isEqualTo(STATE_MACHINE);
        }
    }

    @Test
    void a_stack_without_the_workflow_fails_at_the_start_with_1() throws IOException {
        Path input = jsonl(List.of(Events.noise("e1", "2026-11-27T08:01:00Z")));
        try (StepFunctionsStub stub = StepFunctionsStub.answering(call -> StepFunctionsStub.error(500, "x", "x"))) {
            PlayerRun run = PlayerRun.of("replay", input.toString(), "--format", "jsonl", "--target", "stepfunctions",
                    "--stack", "NoSuchStack", "--stepfunctions-endpoint", stub.endpoint().toString());

            assertThat(run.status()).as(run.toString()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString().startsWith("event-player: the workflow failed at start: ");
            assertThat(stub.calls()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "replay - --target stepfunctions",
        "replay - --target lambda",
        "replay - --target stepfunctions --state-machine " + STATE_MACHINE + " --stack S",
        "replay - --target stepfunctions --state-machine WaitTimesWorkflow",
        "replay - --target stepfunctions --stack S --store dynamodb",
        "replay - --target stepfunctions --stack S --store memory",
        "replay - --target stepfunctions --stack S --window 5",
        "replay - --target stepfunctions --stack S --max-wait 60",
        "replay - --target stepfunctions --stack S --completion finished",
        "replay - --target stepfunctions --stack S --create-table",
        "replay - --target stepfunctions --stack S --table t",
        "replay - --target stepfunctions --stack S --dynamodb-endpoint http://localhost:8000",
        "replay - --target stepfunctions --stack S --publish eventbridge",
        "replay - --target stepfunctions --stack S --bus other",
        "replay - --target stepfunctions --stack S --eventbridge-endpoint http://localhost:8000",
        "replay - --target stepfunctions --stack S --concurrency 0",
        "replay - --target stepfunctions --stack S --concurrency 65",
        "replay - --target stepfunctions --stack S --concurrency many",
        "replay - --target stepfunctions --stack S --stepfunctions-endpoint ftp://localhost:8083",
        "replay - --state-machine " + STATE_MACHINE,
        "replay - --stack S",
        "replay - --concurrency 4",
        "replay - --stepfunctions-endpoint http://127.0.0.1:8083",
        "simulate --target stepfunctions --stack S --publish eventbridge",
        "simulate --target stepfunctions --stack S --window 3",
    })
    void options_that_do_not_apply_to_the_target_are_bad_usage(String args) {
        PlayerRun run = PlayerRun.of(args.split(" "));
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).as(run.toString()).singleElement().asString()
                .startsWith("event-player").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_help_names_the_target_options() {
        for (String command : List.of("replay", "simulate")) {
            assertThat(PlayerRun.of(command, "--help").out()).contains("--target", "local|stepfunctions",
                    "--state-machine", "--stack", "--stepfunctions-endpoint", "--concurrency");
        }
    }

    private static String[] args(StepFunctionsStub stub, String... command) {
        return Stream.concat(Arrays.stream(command), Stream.of("--target", "stepfunctions", "--state-machine",
                STATE_MACHINE, "--stepfunctions-endpoint", stub.endpoint().toString())).toArray(String[]::new);
    }

    private Path jsonl(List<String> events) throws IOException {
        Path file = dir.resolve("events-" + events.size() + ".jsonl");
        Files.write(file, events);
        return file;
    }

    /** @return n for the event {@code e<n>} */
    private static int index(StepFunctionsStub.Call call) {
        return Integer.parseInt(call.eventId().substring(1));
    }

    private static String detail(int n) {
        return "{\"eventId\":\"NYC\",\"drink\":\"Drink " + n + "\",\"duration\":61.5,\"sampleSize\":1,\"windowSize\":10,"
                + "\"p50\":61.5,\"p90\":61.5,\"asOf\":\"2026-11-27T08:01:00Z\",\"updateId\":\"u" + n
                + "\",\"schemaVersion\":\"1\"}";
    }

    private static String line(int n) {
        return SOURCE_AND_TYPE + detail(n) + "}";
    }

    private static List<String> rejections(PlayerRun run) {
        return run.errLines().stream().filter(l -> l.startsWith("rejected ")).toList();
    }

    /** @return the summary's counts, without the timing */
    private static String counts(PlayerRun run) {
        String summary = Stream.concat(run.errLines().stream(), run.outLines().stream())
                .filter(l -> l.startsWith("summary: ")).findFirst().orElseThrow();
        return summary.substring(0, summary.indexOf(" in "));
    }

    /** @return the table on stdout, before the summary */
    private static List<String> tableLines(PlayerRun run) {
        List<String> table = new ArrayList<>();
        for (String line : run.outLines()) {
            if (line.isEmpty()) {
                break;
            }
            table.add(line);
        }
        return table;
    }
}
