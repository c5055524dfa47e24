package dev.adhoc.waittimes.aws.lambda;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordOrderEventHandlerTest {
    private static final String EMPTY_ACCEPTED = "{\"status\":\"ACCEPTED\",\"entries\":[]}";
    private final ObjectMapper json = ContractJson.newMapper();
    private final Clock clock = Clock.fixed(Instant.parse("2022-10-14T13:00:00Z"), ZoneOffset.UTC);
    private final InMemoryOrderRecords records = new InMemoryOrderRecords(clock);
    private final InMemorySampleIndex samples = new InMemorySampleIndex(clock);
    private LambdaTestContext context;
    private RecordOrderEventHandler handler = handler(WaitTimeSettings.DEFAULTS);

    private RecordOrderEventHandler handler(WaitTimeSettings waitTimes) {
        LambdaSettings settings = new LambdaSettings("wait-times", "Serverlesspresso", waitTimes, Optional.empty());
        return new RecordOrderEventHandler(settings, records, samples, clock);
    }

    private String invoke(byte[] event) {
        context = new LambdaTestContext("req-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String invoke(String fixture) {
        return invoke(EventFixtures.bytes(fixture));
    }

    private String invokeText(String event) {
        return invoke(event.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode tree(String output) {
        try {
            return json.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one entry of an output, with its detail parsed. */
    private JsonNode onlyDetail(String output) {
        JsonNode entries = tree(output).get("entries");
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("Source").textValue()).isEqualTo("awsserverlessda.serverlesspresso");
        assertThat(entry.get("DetailType").textValue()).isEqualTo("OrderManager.DrinkAverageTime");
        assertThat(entry.get("EventBusName").textValue()).isEqualTo("Serverlesspresso");
        return tree(entry.get("Detail").textValue());
    }

    private List<JsonNode> logged(LogLevel level) {
        return context.lines().stream().filter(l -> l.level() == level).map(l -> tree(l.text())).toList();
    }

    private static String withTime(String fixture, String from, String to) {
        return EventFixtures.text(fixture).replace(from, to);
    }

    @Nested
    class Accepted {
        @Test
        void aSubmissionThenItsCompletionEmitsTheNewAverage() {
            assertThat(invoke("waiting-completion.json")).isEqualTo(EMPTY_ACCEPTED);

            String output = invoke("order-state-completed.json");

            assertThat(tree(output).get("status").textValue()).isEqualTo("ACCEPTED");
            assertThat(tree(output).has("rejection")).isFalse();
            JsonNode detail = onlyDetail(output);
            assertThat(detail.get("eventId").textValue()).isEqualTo("NYC");
            assertThat(detail.get("drink").textValue()).isEqualTo("Caffe Latte");
            assertThat(detail.get("duration").decimalValue()).isEqualByComparingTo("23"); // 12:54:09 -> 12:54:32
            assertThat(detail.get("sampleSize").intValue()).isEqualTo(1);
            assertThat(detail.get("windowSize").intValue()).isEqualTo(10);
        }

        @Test
        void aClaimIsAcceptedAndTheWaitStillRunsFromSubmissionToCompletion() {
            invoke("waiting-completion.json");

            assertThat(invoke("make-order.json")).isEqualTo(EMPTY_ACCEPTED);
            assertThat(onlyDetail(invoke("order-state-completed.json")).get("duration").decimalValue())
                    .isEqualByComparingTo("23");
        }

        @Test
        void aCompletionBeforeItsSubmissionWaitsForIt() {
            assertThat(invoke("order-state-completed.json")).isEqualTo(EMPTY_ACCEPTED);
            assertThat(onlyDetail(invoke("waiting-completion.json")).get("duration").decimalValue())
                    .isEqualByComparingTo("23");
        }

        @Test
        void aRedeliveryOfAnOrderInTheWindowEmitsTheSameUpdateAgain() {
            invoke("waiting-completion.json");
            String first = invoke("order-state-completed.json");

            // a retry after a failure that lost the first emission still reaches the screens, with the same id
            assertThat(invoke("order-state-completed.json")).isEqualTo(first);
            assertThat(invoke("waiting-completion.json")).isEqualTo(first);
            assertThat(onlyDetail(first).get("sampleSize").intValue()).isEqualTo(1);
        }

        @Test
        void aRedeliveryOfAnOrderInNoWindowEmitsNothing() {
            invoke("order-state-completed.json"); // waits for its submission: no window yet

            assertThat(invoke("order-state-completed.json")).isEqualTo(EMPTY_ACCEPTED);
        }

        @Test
        void aCancellationOnlyClosesAnOrderInCompletedMode() {
            invoke("waiting-completion.json");
            String counted = invoke("order-state-completed.json");

            // the order still counts: its window is announced again as it is, same id
            assertThat(invoke("order-state-cancelled.json")).isEqualTo(counted);
        }

        @Test
        void orderFinishedCountsAndALaterCancellationWithdrawsInFinishedMode() {
            handler = handler(WaitTimeSettings.DEFAULTS.withCompletionMode(CompletionMode.FINISHED));
            invoke("waiting-completion.json");

            assertThat(onlyDetail(invoke("order-finished.json")).get("sampleSize").intValue()).isEqualTo(1);
            JsonNode withdrawn = onlyDetail(invoke("order-cancelled.json"));
            assertThat(withdrawn.get("sampleSize").intValue()).isZero();
            assertThat(withdrawn.has("asOf")).isFalse();
        }

        @Test
        void orderFinishedIsIgnoredInCompletedMode() {
            invoke("waiting-completion.json");
            assertThat(invoke("order-finished.json")).isEqualTo("{\"status\":\"IGNORED\",\"entries\":[]}");
        }

        @Test
        void eachInvocationLogsOneLineWithItsStatusAndCounts() {
            invoke("waiting-completion.json");
            invoke("order-state-completed.json");

            assertThat(logged(LogLevel.INFO)).singleElement().satisfies(line -> {
                assertThat(line.get("status").textValue()).isEqualTo("ACCEPTED");
                assertThat(line.get("entries").intValue()).isEqualTo(1);
                assertThat(line.get("command").textValue()).isEqualTo("OrderCompleted");
                assertThat(line.get("eventRef").textValue()).isEqualTo("0a1c5f4e-1f5b-4b61-9d6f-2f0e6c1f6a02");
            });
            assertThat(logged(LogLevel.WARN)).isEmpty();
        }
    }

    @Nested
    class Ignored {
        @ParameterizedTest
        @ValueSource(strings = {"ignored-validator-new-order.json", "ignored-drink-average-time.json",
                "ignored-other-source.json", "ignored-config-service.json"})
        void touchesNoStorageAndAnswersIgnored(String fixture) {
            assertThat(invoke(fixture)).isEqualTo("{\"status\":\"IGNORED\",\"entries\":[]}");
            assertThat(records.size() + samples.size()).isZero();
            assertThat(logged(LogLevel.DEBUG)).singleElement()
                    .satisfies(line -> assertThat(line.get("status").textValue()).isEqualTo("IGNORED"));
            assertThat(logged(LogLevel.WARN)).isEmpty();
        }
    }

    @Nested
    class Rejected {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "rejected-not-json.txt,                 NOT_JSON,        request req-1",
                "rejected-duplicate-keys.json,          NOT_JSON,        request req-1",
                "rejected-missing-order-id.json,        MISSING_FIELD,   2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
                "rejected-missing-id.json,              MISSING_FIELD,   request req-1",
                "rejected-order-id-number.json,         WRONG_TYPE,      2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
                "rejected-detail-string.json,           WRONG_TYPE,      2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
                "rejected-unparsable-time.json,         UNPARSABLE_TIME, 2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
                "rejected-tenant-mismatch.json,         INVALID_TENANT,  2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a02",
                "rejected-tenant-bad-format.json,       INVALID_TENANT,  2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
                "rejected-drink-control-character.json, INVALID_VALUE,   2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01",
        })
        void badInputIsAnsweredRejectedAndLoggedOnce(String fixture, String reason, String eventRef) {
            JsonNode output = tree(invoke(fixture));

            assertThat(output.get("status").textValue()).isEqualTo("REJECTED");
            assertThat(output.get("entries")).isEmpty();
            assertThat(output.get("rejection").get("reason").textValue()).isEqualTo(reason);
            assertThat(output.get("rejection").get("eventRef").textValue()).isEqualTo(eventRef);
            assertThat(output.get("rejection").get("message").textValue()).isNotBlank();
            assertThat(records.size() + samples.size()).isZero();
            assertThat(logged(LogLevel.WARN)).singleElement().satisfies(line -> {
                assertThat(line.get("reason").textValue()).isEqualTo(reason);
                assertThat(line.get("eventRef").textValue()).isEqualTo(eventRef);
            });
            assertThat(logged(LogLevel.INFO)).singleElement()
                    .satisfies(line -> assertThat(line.get("status").textValue()).isEqualTo("REJECTED"));
        }

        @Test
        void anOversizedEventIsRejectedWithoutReadingItAll() {
            byte[] event = new byte[ContractJson.MAX_EVENT_BYTES * 4];
            JsonNode rejection = tree(invoke(event)).get("rejection");
            assertThat(rejection.get("reason").textValue()).isEqualTo("OVERSIZED");
            assertThat(rejection.get("eventRef").textValue()).isEqualTo("request req-1");
        }

        @Test
        void aCompletionBeforeItsSubmissionIsANegativeWait() {
            invoke("waiting-completion.json");
            String early = withTime("order-state-completed.json", "2022-10-14T12:54:32Z", "2022-10-14T12:50:00Z");

            JsonNode output = tree(invokeText(early));

            assertThat(output.get("status").textValue()).isEqualTo("REJECTED");
            assertThat(output.get("rejection").get("reason").textValue()).isEqualTo("NEGATIVE_WAIT");
            assertThat(output.get("entries")).isEmpty();
            assertThat(logged(LogLevel.WARN)).hasSize(1);
        }

        @Test
        void aWaitAboveTheCeilingIsRejected() {
            handler = handler(WaitTimeSettings.DEFAULTS.withMaxWait(Duration.ofSeconds(10)));
            invoke("waiting-completion.json");

            JsonNode output = tree(invoke("order-state-completed.json"));

            assertThat(output.get("rejection").get("reason").textValue()).isEqualTo("WAIT_ABOVE_CEILING");
            assertThat(output.get("entries")).isEmpty();
        }

        @Test
        void aRejectionThatWithdrawsACountedSampleStillReturnsTheUpdate() {
            invoke("waiting-completion.json");
            invoke("order-state-completed.json");
            // An earlier completion of the same order wins the disagreement: its wait is negative, so the
            // counted sample must leave the window, and the emptied window is announced.
            String earlier = withTime("order-completed.json", "2022-10-14T12:54:32Z", "2022-10-14T12:50:00Z");

            String output = invokeText(earlier);

            assertThat(tree(output).get("status").textValue()).isEqualTo("REJECTED");
            assertThat(tree(output).get("rejection").get("reason").textValue()).isEqualTo("NEGATIVE_WAIT");
            assertThat(onlyDetail(output).get("sampleSize").intValue()).isZero();
        }
    }

    @Nested
    class ClockSkew {
        @Test
        void anEventDatedMoreThanTheSkewAheadOfTheClockIsRejectedAndStoresNothing() {
            // the clock is at 13:00:00; five minutes of skew are allowed by default
            JsonNode output = tree(invokeText(withTime("waiting-completion.json", "2022-10-14T12:54:09Z",
                    "2022-10-14T13:05:01Z")));

            assertThat(output.get("status").textValue()).isEqualTo("REJECTED");
            assertThat(output.get("rejection").get("reason").textValue()).isEqualTo("TIME_AHEAD_OF_CLOCK");
            assertThat(output.get("rejection").get("eventRef").textValue())
                    .isEqualTo("0a1c5f4e-1f5b-4b61-9d6f-2f0e6c1f6a01");
            assertThat(output.get("rejection").get("message").textValue()).contains("ahead of the processing clock");
            assertThat(records.size() + samples.size()).isZero();
            assertThat(logged(LogLevel.WARN)).singleElement().satisfies(line ->
                    assertThat(line.get("reason").textValue()).isEqualTo("TIME_AHEAD_OF_CLOCK"));
        }

        @Test
        void anEventDatedExactlyTheSkewAheadIsAccepted() {
            String output = invokeText(withTime("waiting-completion.json", "2022-10-14T12:54:09Z",
                    "2022-10-14T13:05:00Z"));

            assertThat(output).isEqualTo(EMPTY_ACCEPTED);
        }

        @Test
        void theSkewIsConfigured() {
            handler = new RecordOrderEventHandler(new LambdaSettings("wait-times", "Serverlesspresso",
                    WaitTimeSettings.DEFAULTS, Optional.empty()).withMaxClockSkew(Duration.ZERO), records, samples,
                    clock);

            JsonNode output = tree(invokeText(withTime("waiting-completion.json", "2022-10-14T12:54:09Z",
                    "2022-10-14T13:00:01Z")));

            assertThat(output.get("rejection").get("reason").textValue()).isEqualTo("TIME_AHEAD_OF_CLOCK");
        }

        @Test
        void eventsOfThePastAreNeverTooOld() {
            invokeText(withTime("waiting-completion.json", "2022-10-14T12:54:09Z", "2019-10-14T12:54:09Z"));

            assertThat(onlyDetail(invokeText(withTime("order-state-completed.json", "2022-10-14T12:54:32Z",
                    "2019-10-14T12:54:32Z"))).get("duration").decimalValue()).isEqualByComparingTo("23");
        }
    }

    /** No log line and no metrics document carries a customer's id, whatever became of the event. */
    @Test
    void nothingLoggedOrPublishedCarriesTheUserId() throws IOException {
        String userId = "cognito-user-7f3a9c41";
        LambdaSettings settings = new LambdaSettings("wait-times", "Serverlesspresso", WaitTimeSettings.DEFAULTS,
                Optional.empty());
        handler = new RecordOrderEventHandler(settings, records, samples, clock,
                InvocationMetrics.embeddedMetricFormat(settings));
        List<String> events = List.of("waiting-completion.json", "make-order.json", "order-state-completed.json",
                "order-state-completed.json", "ignored-validator-new-order.json", "rejected-missing-order-id.json",
                "rejected-tenant-bad-format.json", "rejected-drink-control-character.json")
                .stream().map(EventFixtures::text).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        events.add(withTime("order-completed.json", "2022-10-14T12:54:32Z", "2022-10-14T12:50:00Z")); // negative wait
        events.add(withTime("order-state-cancelled.json", "2022-10-14T", "2022-10-15T")); // ahead of the clock
        List<String> logged = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        try (Stdout stdout = Stdout.capture()) {
            for (String event : events) {
                String withUser = withUserId(event, userId);
                assertThat(withUser).contains(userId);
                outputs.add(invokeText(withUser));
                context.lines().forEach(line -> logged.add(line.text()));
            }
            assertThat(stdout.lines()).isNotEmpty().noneMatch(line -> line.contains(userId));
        }
        assertThat(outputs).extracting(o -> tree(o).get("status").textValue())
                .contains("ACCEPTED", "IGNORED", "REJECTED");
        assertThat(logged).hasSizeGreaterThanOrEqualTo(events.size()).noneMatch(line -> line.contains(userId));
        assertThat(outputs).noneMatch(output -> output.contains(userId));
    }

    /** @return the event with its detail's userId set to the given one (added if it had none) */
    private static String withUserId(String event, String userId) {
        String quoted = Matcher.quoteReplacement("\"userId\": \"" + userId + "\"");
        String replaced = event.replaceAll("\"userId\"\\s*:\\s*\"[^\"]*\"", quoted);
        return replaced.equals(event) ? event.replaceFirst("\"detail\"\\s*:\\s*\\{", "\"detail\": {" + quoted + ",")
                : replaced;
    }

    @Test
    void aStorageFailurePropagatesForTheWorkflowToRetry() {
        IllegalStateException unreachable = new IllegalStateException("table unreachable");
        OrderRecords unreachableTable = new OrderRecords() {
            @Override
            public RecordChange merge(OrderEvent event, Instant expiresAt) {
                throw unreachable;
            }

            @Override
            public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
                throw unreachable;
            }
        };
        RecordOrderEventHandler handler = new RecordOrderEventHandler(new LambdaSettings("wait-times", "Serverlesspresso",
                WaitTimeSettings.DEFAULTS, Optional.empty()), unreachableTable, samples, clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> handler.handleRequest(
                new ByteArrayInputStream(EventFixtures.bytes("waiting-completion.json")), out, new LambdaTestContext("req-2")))
                .isSameAs(unreachable);
        assertThat(out.size()).isZero();
    }
}
