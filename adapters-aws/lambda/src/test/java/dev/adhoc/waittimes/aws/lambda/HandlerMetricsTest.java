package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics the handler prints in the Embedded Metric Format, read back as CloudWatch reads them. */
class HandlerMetricsTest {
    private static final String NAMESPACE = "WaitTimesTest";
    private static final String SERVICE = "TestStack";
    private static final String ORDER = "2FfPFQXYTgGqsXVjWhhGhNVYCeZ";

    private final Clock clock = Clock.fixed(Instant.parse("2022-10-14T13:00:00Z"), ZoneOffset.UTC);
    private final InMemoryOrderRecords records = new InMemoryOrderRecords(clock);
    private final InMemorySampleIndex samples = new InMemorySampleIndex(clock);
    private final LambdaSettings settings = new LambdaSettings("wait-times", "Serverlesspresso",
            WaitTimeSettings.DEFAULTS, Duration.ofMinutes(5), Optional.empty(), NAMESPACE, SERVICE);
    private final RecordOrderEventHandler handler = new RecordOrderEventHandler(settings, records, samples, clock,
            InvocationMetrics.embeddedMetricFormat(settings));
    private final Stdout stdout = Stdout.capture();

    @AfterEach
    void restoreStdout() {
        stdout.close();
    }

    /** @return the documents the invocation printed */
    private List<EmfDocument> invoke(String event) {
        stdout.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                    new LambdaTestContext("req"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stdout.lines().stream().map(EmfDocument::parse).toList();
    }

    private static String fixture(String name) {
        return EventFixtures.text(name);
    }

    @Test
    void anEmittedUpdateIsCountedUnderTheNamespaceAndTheService() {
        invoke(fixture("waiting-completion.json"));

        List<EmfDocument> documents = invoke(fixture("order-state-completed.json"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.namespace()).isEqualTo(NAMESPACE);
            assertThat(d.dimensions()).containsExactly(List.of("Service"));
            assertThat(d.text("Service")).isEqualTo(SERVICE);
            assertThat(d.units()).containsEntry("UpdatesEmitted", "Count").containsEntry("Rejections", "Count")
                    .containsEntry("StaleIndexWrites", "Count");
            assertThat(d.value("UpdatesEmitted")).isEqualTo(1);
            assertThat(d.value("Rejections")).isZero();
            assertThat(d.value("StaleIndexWrites")).isZero();
            assertThat(d.values("DynamoDbLatency")).isEmpty(); // in-memory stores: no DynamoDB call
        });
    }

    @Test
    void aRejectionIsCountedOnceWithoutAndOnceWithItsReason() {
        invoke(fixture("waiting-completion.json"));
        String early = fixture("order-state-completed.json").replace("2022-10-14T12:54:32Z", "2022-10-14T12:50:00Z");

        List<EmfDocument> documents = invoke(early);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).dimensions()).containsExactly(List.of("Service"));
        assertThat(documents.get(0).value("Rejections")).isEqualTo(1);
        assertThat(documents.get(0).value("UpdatesEmitted")).isZero();
        EmfDocument byReason = documents.get(1);
        assertThat(byReason.namespace()).isEqualTo(NAMESPACE);
        assertThat(byReason.dimensions()).containsExactly(List.of("Service", "Reason"));
        assertThat(byReason.text("Service")).isEqualTo(SERVICE);
        assertThat(byReason.text("Reason")).isEqualTo("NEGATIVE_WAIT");
        assertThat(byReason.units()).containsOnlyKeys("Rejections").containsEntry("Rejections", "Count");
        assertThat(byReason.value("Rejections")).isEqualTo(1);
    }

    @Test
    void inputThatIsNotAnEventIsARejectionByItsReason() {
        List<EmfDocument> documents = invoke("{not json");

        assertThat(documents).extracting(d -> d.text("Reason")).containsExactly(null, "NOT_JSON");
        assertThat(documents).allSatisfy(d -> assertThat(d.value("Rejections")).isEqualTo(1));
    }

    @Test
    void anEventDatedAheadOfTheClockIsARejectionByItsReason() {
        String ahead = fixture("waiting-completion.json").replace("2022-10-14T12:54:09Z", "2022-10-14T13:05:01Z");

        assertThat(invoke(ahead)).extracting(d -> d.text("Reason")).containsExactly(null, "TIME_AHEAD_OF_CLOCK");
    }

    @Test
    void anIgnoredEventPublishesNothing() {
        assertThat(invoke(fixture("ignored-validator-new-order.json"))).isEmpty();
    }

    @Test
    void anIndexWriteRefusedAfterAChangeIsStaleButARedeliverysIsNot() {
        // another invocation has already written this order's place, from a newer version of its record
        OrderId order = new OrderId(ORDER);
        samples.write(new IndexEntry(new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte")), order,
                Optional.of(new Sample(order, Instant.parse("2022-10-14T12:54:40Z"), 31_000)), 1_000,
                Instant.parse("2022-10-15T13:00:00Z")));
        invoke(fixture("waiting-completion.json"));

        List<EmfDocument> changed = invoke(fixture("order-state-completed.json"));
        List<EmfDocument> redelivered = invoke(fixture("order-state-completed.json"));

        assertThat(changed).singleElement().satisfies(d -> assertThat(d.value("StaleIndexWrites")).isEqualTo(1));
        assertThat(redelivered).isEmpty(); // refused too, but expected: nothing counted, so nothing to publish
    }
}
