package dev.adhoc.waittimes.aws.eventbridge;

import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.domain.Drink;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventBridgeWaitTimePublisherTest {
    private final List<Duration> sleeps = new ArrayList<>();
    private final WaitTimeEntries entries = new WaitTimeEntries(ContractJson.newMapper(), "Serverlesspresso");
    private EventBridgeStub stub;
    private EventBridgeClient client;
    private EventBridgeWaitTimePublisher publisher;

    @BeforeEach
    void start() throws Exception {
        stub = new EventBridgeStub();
        // a loopback endpoint: dummy credentials and a region without asking for either
        client = EventBridgeClients.create(Optional.of(stub.endpoint()), Optional.empty(), Optional.empty());
        // Jitter fixed at its maximum so the recorded waits are the backoff's upper bounds; nothing really sleeps.
        PublishRetry retry = new PublishRetry(4, Duration.ofMillis(100), Duration.ofMillis(250), sleeps::add,
                () -> 0.999_999);
        publisher = new EventBridgeWaitTimePublisher(client, entries, retry);
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    /** Distinct updates: one drink each, so each detail names its position. */
    private static List<WaitTimeUpdate> updates(int count) {
        Instant t = Instant.parse("2022-10-14T12:00:00Z");
        return IntStream.range(0, count).mapToObj(i -> WaitTimeUpdate.of(
                new WindowKey(new TenantId("NYC"), new Drink("Drink " + i)),
                new Window(List.of(new Sample(new OrderId("o" + i), t.plusSeconds(20 + i), (20 + i) * 1000L))),
                10)).toList();
    }

    private List<String> details(List<WaitTimeUpdate> updates) {
        return updates.stream().map(u -> entries.entry(u).detail()).toList();
    }

    @Test
    void updatesGoInOrderInBatchesOfTen() {
        List<WaitTimeUpdate> updates = updates(23);

        publisher.publish(updates);

        List<EventBridgeStub.Request> requests = stub.requests();
        assertThat(requests).extracting(r -> r.entries().size()).containsExactly(10, 10, 3);
        assertThat(requests).extracting(EventBridgeStub.Request::target).containsOnly("AWSEvents.PutEvents");
        assertThat(requests.stream().flatMap(r -> r.details().stream()).toList()).isEqualTo(details(updates));
        assertThat(requests.get(0).entries().get(0).get("Source").textValue())
                .isEqualTo("awsserverlessda.serverlesspresso");
        assertThat(requests.get(0).entries().get(0).get("DetailType").textValue())
                .isEqualTo("OrderManager.DrinkAverageTime");
        assertThat(requests.get(0).entries().get(0).get("EventBusName").textValue()).isEqualTo("Serverlesspresso");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void noUpdatesMeansNoRequest() {
        publisher.publish(List.of());

        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void onlyTheFailedEntriesAreResent() {
        List<WaitTimeUpdate> updates = updates(12);
        stub.script((request, entry, detail) -> request == 0 && Set.of(2, 7).contains(entry)
                ? Optional.of(entry == 2 ? "ThrottlingException" : "InternalFailure") : Optional.empty());

        publisher.publish(updates);

        List<String> sent = details(updates);
        List<EventBridgeStub.Request> requests = stub.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).details()).isEqualTo(sent.subList(0, 10));
        assertThat(requests.get(1).details()).containsExactly(sent.get(2), sent.get(7));
        assertThat(requests.get(2).details()).isEqualTo(sent.subList(10, 12));
        assertThat(sleeps).singleElement().satisfies(d -> assertThat(d).isEqualTo(Duration.ofMillis(99)));
    }

    @Test
    void entriesThatStayFailedRaiseAnExceptionNamingTheirErrorCodes() {
        List<WaitTimeUpdate> updates = updates(15);
        String doomed = details(updates).get(4);
        stub.script((request, entry, detail) -> detail.equals(doomed)
                ? Optional.of("ThrottlingException") : Optional.empty());

        assertThatThrownBy(() -> publisher.publish(updates))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("1 of 15 wait-time events were not put on the bus after 4 attempts")
                .hasMessageContaining("ThrottlingException x1")
                .satisfies(e -> assertThat(((PublishFailedException) e).failed()).singleElement()
                        .satisfies(f -> assertThat(f.detail()).isEqualTo(doomed)));

        // One call with the whole first batch, then three resends of the failed entry alone; the second batch is
        // not sent after the first failed.
        assertThat(stub.requests()).extracting(r -> r.entries().size()).containsExactly(10, 1, 1, 1);
        // Backoff doubles from 100 ms and is capped at 250 ms (jitter at its maximum).
        assertThat(sleeps).containsExactly(Duration.ofMillis(99), Duration.ofMillis(199), Duration.ofMillis(249));
    }

    @Test
    void jitterSpreadsTheBackoffBelowItsBound() {
        PublishRetry none = new PublishRetry(3, Duration.ofMillis(100), Duration.ofSeconds(1), d -> { }, () -> 0.0);
        PublishRetry half = new PublishRetry(3, Duration.ofMillis(100), Duration.ofSeconds(1), d -> { }, () -> 0.5);

        assertThat(none.delayBefore(2)).isZero();
        assertThat(half.delayBefore(0)).isEqualTo(Duration.ofMillis(50));
        assertThat(half.delayBefore(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(half.delayBefore(60)).isEqualTo(Duration.ofMillis(500));
    }
}
