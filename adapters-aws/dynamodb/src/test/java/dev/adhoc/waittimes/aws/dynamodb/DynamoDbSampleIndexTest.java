package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static dev.adhoc.waittimes.aws.dynamodb.OrderEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample index on dynalite: per place the entry of the highest version, read latest first in
 * {@link Sample#LATEST_FIRST} order, without tombstones or expired entries, a page at a time.
 */
class DynamoDbSampleIndexTest {
    private static final String PREFIX = "wait-times";
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant EXPIRY = T0.plusSeconds(86_400);
    private static final DynamoDbRequestMeter METER = new DynamoDbRequestMeter();
    private static final AtomicInteger KEYS = new AtomicInteger();
    // a clock the test moves: which entries have expired
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(T0);
    private static final Clock CLOCK = ((InstantSource) NOW::get).withZone(ZoneOffset.UTC);
    private static DynamoDbClient client;
    private static WaitTimesTable table;
    private static DynamoDbSampleIndex index;

    @BeforeAll
    @BeforeContainer
    static void connect() {
        client = LocalDynamo.client(DynaliteServer.shared(), METER);
        table = LocalDynamo.newTable(client);
        index = new DynamoDbSampleIndex(client, table, PREFIX, CLOCK);
    }

    @AfterAll
    @AfterContainer
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void reset() {
        METER.reset();
        NOW.set(T0.plusSeconds(3600));
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    private static final List<Instant> TIMES = List.of(T0, T0.plusMillis(1), T0.plusMillis(1).plusNanos(1), T0.plusSeconds(60));
    /** Pieces of order ids: Java orders U+10000..U+10FFFF (surrogate pairs) before U+E000..U+FFFF, UTF-8 after. */
    private static final List<String> PIECES = List.of("a", "b", "#", "é", "\uE000", "\uFFFD", "\uFFFF", "😀",
            "\uD800\uDC00", "\uDBFF\uDFFF", "\uD7FF");

    /**
     * A write to one of four places (four orders); its content is a function of place and version: a sample that moves
     * between completion times as versions go, or a tombstone.
     */
    record Write(int place, int version) {
        IndexEntry entry(WindowKey key) {
            OptionalLong value = (place + version) % 3 == 0 ? OptionalLong.empty() : OptionalLong.of(1000L * place + version);
            return DynamoDbSampleIndexTest.entry(key, new OrderId(String.valueOf((char) ('a' + place))),
                    TIMES.get((place + version) % TIMES.size()), value, version, EXPIRY);
        }
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 6))
                .as(Write::new).list().ofMinSize(1).ofMaxSize(16);
    }

    @Property(tries = 60)
    void perPlaceTheHighestVersionWinsWhateverTheWriteOrder(@ForAll("writes") List<Write> writes,
                                                            @ForAll @IntRange(min = 1, max = 4) int pageSize) {
        WindowKey key = newKey();
        writes.forEach(w -> index.write(w.entry(key)));

        Map<Integer, Write> highest = new TreeMap<>();
        writes.forEach(w -> highest.merge(w.place(), w, (a, b) -> a.version() >= b.version() ? a : b));
        List<Sample> expected = highest.values().stream().map(w -> w.entry(key)).filter(e -> !e.isTombstone())
                .map(e -> e.sample().orElseThrow()).sorted(Sample.LATEST_FIRST).toList();
        assertThat(read(key, pageSize)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<Sample>> samples() {
        Arbitrary<OrderId> ids = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(p -> new OrderId(String.join("", p)));
        return Combinators.combine(ids, Arbitraries.integers().between(0, TIMES.size() - 1), Arbitraries.longs().between(0, 900_000))
                .as((id, t, v) -> new Sample(id, TIMES.get(t), v))
                .list().uniqueElements(Sample::orderId).ofMinSize(1).ofMaxSize(12);
    }

    /** DynamoDB compares binary sort keys as unsigned bytes; the rank's UTF-16 makes that Java's string order. */
    @Property(tries = 60)
    void samplesComeLatestFirstTiesByTheLargerOrderIdAsJavaComparesThem(@ForAll("samples") List<Sample> samples,
                                                                         @ForAll @IntRange(min = 1, max = 5) int pageSize) {
        WindowKey key = newKey();
        samples.forEach(s -> index.write(entry(key, s.orderId(), s.at(), OptionalLong.of(s.value()), 1, EXPIRY)));

        assertThat(read(key, pageSize)).isEqualTo(samples.stream().sorted(Sample.LATEST_FIRST).toList());
    }

    // ---- examples -----------------------------------------------------------------------------------------------

    @Test
    void surrogatePairsRankBeforePrivateUseCharactersAsInJava() {
        WindowKey key = newKey();
        List<String> ids = List.of("😀", "\uE000", "\uFFFF", "\uFFFD", "a", "\uD800\uDC00z");
        ids.forEach(id -> index.write(entry(key, new OrderId(id), T0, OptionalLong.of(1), 1, EXPIRY)));

        // latest first: on equal times the larger id (String.compareTo) counts as later
        assertThat(read(key, 10)).extracting(s -> s.orderId().value())
                .containsExactly("\uFFFF", "\uFFFD", "\uE000", "😀", "\uD800\uDC00z", "a");
    }

    @Test
    void anEntryIsOnePutItemOfTheOrdersPlaceInTheKeysPartitionRankedWhileItCounts() {
        WindowKey key = newKey();
        IndexEntry entry = entry(key, new OrderId("o-1"), T0.plusMillis(1500), OptionalLong.of(90_000), 3,
                EXPIRY.plusMillis(1));

        index.write(entry);

        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("PutItem", 1L));
        Map<String, AttributeValue> item = client.query(r -> r.tableName(table.name())
                .keyConditionExpression("pk = :pk").consistentRead(true)
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PREFIX + "#INDEX#NYC#" + key.scope()))))
                .items().get(0);
        assertThat(item.get("sk")).isEqualTo(IndexItem.sortKey(entry.orderId()));
        assertThat(item.get("sk").b().asByteArray()).hasSize(1 + 2 * 3).startsWith(1);
        assertThat(item.get("rank")).isEqualTo(IndexItem.rank(T0.plusMillis(1500), entry.orderId()));
        assertThat(item.get("rank").b().asByteArray()).hasSize(8 + 4 + 2 * 3);
        assertThat(item.get("o").s()).isEqualTo("o-1");
        assertThat(item.get("at").n()).isEqualTo(Long.toString(T0.plusMillis(1500).toEpochMilli()));
        assertThat(item.get("v").n()).isEqualTo("90000");
        assertThat(item.get("ver").n()).isEqualTo("3");
        assertThat(item.get(WaitTimesTable.EXPIRES_AT).n()).isEqualTo(Long.toString(EXPIRY.getEpochSecond() + 1));
    }

    @Test
    void tombstonesAreNeverRead() {
        WindowKey key = newKey();
        for (String id : List.of("a", "b", "c")) {
            index.write(sample(key, id, T0, 2));
        }
        index.write(tombstone(key, "b", T0, 3));
        index.write(tombstone(key, "c", T0, 1)); // older than the sample: loses

        assertThat(read(key, 1)).extracting(s -> s.orderId().value()).containsExactly("c", "a");
        index.write(sample(key, "b", T0, 3)); // the same version: the tombstone stays
        assertThat(read(key, 2)).extracting(s -> s.orderId().value()).containsExactly("c", "a");
        index.write(sample(key, "b", T0, 4));
        assertThat(read(key, 2)).extracting(s -> s.orderId().value()).containsExactly("c", "b", "a");
    }

    @Test
    void expiredEntriesAreNeverReadAndNeverBlockAWrite() {
        WindowKey key = newKey();
        Instant soon = T0.plusSeconds(7200);
        index.write(entry(key, new OrderId("short"), T0.plusSeconds(2), OptionalLong.of(1), 5, soon));
        index.write(entry(key, new OrderId("long"), T0, OptionalLong.of(2), 1, EXPIRY));

        NOW.set(soon);
        assertThat(read(key, 5)).extracting(s -> s.orderId().value()).containsExactly("short", "long");
        NOW.set(soon.plusSeconds(1));
        assertThat(read(key, 5)).extracting(s -> s.orderId().value()).containsExactly("long");

        // its record expired and was deleted, and the order's reports arrive again: its new record starts at version 1
        index.write(entry(key, new OrderId("short"), T0.plusSeconds(2), OptionalLong.of(3), 1, EXPIRY));
        assertThat(read(key, 5)).containsExactly(new Sample(new OrderId("short"), T0.plusSeconds(2), 3),
                new Sample(new OrderId("long"), T0, 2));
    }

    @Test
    void aWindowFetchesOnlyThePagesItNeeds() {
        WindowKey key = newKey();
        List<IndexEntry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(sample(key, String.format("o-%02d", i), T0.plusSeconds(i), 1));
        }
        entries.forEach(index::write);
        METER.reset();

        LatestSamples ten = new LatestSamples(10);
        Window window = ten.select(index.latestFirst(key, ten.pageSize()));

        assertThat(window.samples()).extracting(s -> s.orderId().value())
                .containsExactly("o-29", "o-28", "o-27", "o-26", "o-25", "o-24", "o-23", "o-22", "o-21", "o-20");
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("Query", 1L));
        assertThat(METER.snapshot().capacityUnits("Query")).isEqualTo(1.0); // 11 small items, consistent: 1 unit per 4 KB

        METER.reset();
        Iterator<Sample> all = index.latestFirst(key, 7);
        assertThat(METER.snapshot().totalRequests()).isZero(); // lazy: nothing fetched before it is read
        int read = 0;
        while (all.hasNext()) {
            all.next();
            read++;
        }
        assertThat(read).isEqualTo(30);
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("Query", 5L)); // 7 + 7 + 7 + 7 + 2
    }

    @Test
    void expiredEntriesCostPagesTombstonesNothingAndNeitherShortensAWindow() {
        WindowKey key = newKey();
        for (int i = 0; i < 30; i++) {
            String id = String.format("o-%02d", i);
            if (i % 3 == 0) {
                index.write(tombstone(key, id, T0.plusSeconds(i), 2));
            } else if (i % 3 == 1) {
                index.write(entry(key, new OrderId(id), T0.plusSeconds(i), OptionalLong.of(i), 1, T0.plusSeconds(60)));
            } else {
                index.write(sample(key, id, T0.plusSeconds(i), 1));
            }
        }
        METER.reset();

        LatestSamples five = new LatestSamples(5);
        Window window = five.select(index.latestFirst(key, five.pageSize()));

        // every third entry is a live sample: o-29, o-26, ...; tombstones have no rank, so the rank index holds the
        // live and the expired ones only, and the 5th live sample is the 9th entry from its top
        assertThat(window.samples()).extracting(s -> s.orderId().value())
                .containsExactly("o-29", "o-26", "o-23", "o-20", "o-17");
        assertThat(METER.snapshot().requests()).isEqualTo(Map.of("Query", 2L)); // 6 + 6 entries
    }

    /** Six writers of one place with different versions, at once: the highest version is what stays. */
    @Test
    void concurrentWritersOfOnePlaceLeaveTheHighestVersion() throws Exception {
        WindowKey key = newKey();
        int threads = 6;
        int versions = 61;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                List<Integer> mine = new ArrayList<>();
                for (int v = t + 1; v <= versions; v += threads) {
                    mine.add(v);
                }
                Collections.shuffle(mine, new Random(t));
                done.add(pool.submit(() -> {
                    start.await();
                    for (int v : mine) {
                        index.write(entry(key, new OrderId("contended"), T0, v % 4 == 0 ? OptionalLong.empty()
                                : OptionalLong.of(v), v, EXPIRY));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions % 4).isNotZero(); // the winner is a sample, not a tombstone
        assertThat(read(key, 3)).containsExactly(new Sample(new OrderId("contended"), T0, versions));
    }

    @Test
    void keysAndPrefixesAreSeparateIndexes() {
        WindowKey key = newKey();
        WindowKey otherDrink = newKey();
        WindowKey otherTenant = new WindowKey(new TenantId("NYC2"), key.scope());
        DynamoDbSampleIndex otherExtension = new DynamoDbSampleIndex(client, table, "queue-times", CLOCK);
        index.write(sample(key, "o-1", T0, 1));
        index.write(sample(otherDrink, "o-2", T0, 1));
        index.write(sample(otherTenant, "o-3", T0, 1));
        otherExtension.write(sample(key, "o-4", T0, 1));
        otherExtension.write(tombstone(key, "o-1", T0, 9));

        assertThat(read(key, 5)).extracting(s -> s.orderId().value()).containsExactly("o-1");
        assertThat(read(otherDrink, 5)).extracting(s -> s.orderId().value()).containsExactly("o-2");
        assertThat(read(otherTenant, 5)).extracting(s -> s.orderId().value()).containsExactly("o-3");
        assertThat(otherExtension.latestFirst(key, 5)).toIterable().extracting(s -> s.orderId().value())
                .containsExactly("o-4");
        assertThat(read(WindowKey.tenantWide(NYC), 5)).isEmpty();
    }

    private static List<Sample> read(WindowKey key, int pageSize) {
        List<Sample> samples = new ArrayList<>();
        index.latestFirst(key, pageSize).forEachRemaining(samples::add);
        return samples;
    }

    private static WindowKey newKey() {
        return new WindowKey(NYC, "drink " + KEYS.incrementAndGet());
    }

    /** An entry of the order's place: a sample of {@code value} at {@code at}, or a tombstone for an empty value. */
    static IndexEntry entry(WindowKey key, OrderId order, Instant at, OptionalLong value, long version, Instant expiry) {
        return new IndexEntry(key, order, value.isPresent() ? Optional.of(new Sample(order, at, value.getAsLong()))
                : Optional.empty(), version, expiry);
    }

    private static IndexEntry sample(WindowKey key, String order, Instant at, long version) {
        return entry(key, new OrderId(order), at, OptionalLong.of(60_000), version, EXPIRY);
    }

    private static IndexEntry tombstone(WindowKey key, String order, Instant at, long version) {
        return entry(key, new OrderId(order), at, OptionalLong.empty(), version, EXPIRY);
    }
}
