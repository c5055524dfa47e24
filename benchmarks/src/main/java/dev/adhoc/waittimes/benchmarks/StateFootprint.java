package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * What the extension's in-memory state costs in heap, measured as the used heap after a full GC before and after
 * N orders (no JOL, no agent): per open order, per completed order still held (records live 24 hours after their
 * last event), and per key (tenant and drink: its window of samples). With {@code --write-day FILE N} it writes
 * instead a day of N orders (each submitted and completed within the day, ids like the bus's) as JSON lines, for
 * measuring a replay's peak heap.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.adhoc.waittimes.benchmarks.StateFootprint [ORDERS] [KEYS]
 * java -cp benchmarks/target/benchmarks.jar dev.adhoc.waittimes.benchmarks.StateFootprint --write-day day.jsonl 100000
 * </pre>
 */
public final class StateFootprint {
    private static final Instant DAY = Instant.parse("2026-11-27T08:00:00Z");
    private static final String[] DRINKS = {"Caffe Latte", "Cappuccino", "Americano", "Espresso", "Flat White",
        "Caffe Mocha", "Chai Latte", "Hot Chocolate", "Matcha Latte"};

    private StateFootprint() {
    }

    /** @param args {@code [ORDERS] [KEYS]}, or {@code --write-day FILE ORDERS} */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--write-day")) {
            writeDay(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;

        SettableClock clock = new SettableClock(DAY);
        long before = usedAfterGc();
        WaitTimesService service = service(clock);
        for (int i = 0; i < orders; i++) {
            service.record(new OrderSubmitted(new TenantId("NYC"), new OrderId(orderId(i)), new Drink("Caffe Latte"),
                    new Occurrence(DAY.plusMillis(i), "s-" + i)));
        }
        long open = usedAfterGc();
        for (int i = 0; i < orders; i++) {
            service.record(new OrderCompleted(new TenantId("NYC"), new OrderId(orderId(i)),
                    new Occurrence(DAY.plusSeconds(120).plusMillis(i), "c-" + i)));
        }
        long completed = usedAfterGc();
        double perOpen = (open - before) / (double) orders;
        double perCompleted = (completed - before) / (double) orders;
        keepAlive(service);

        long beforeKeys = usedAfterGc();
        InMemoryOrderRecords keyedRecords = new InMemoryOrderRecords(clock);
        InMemorySampleIndex keyedSamples = new InMemorySampleIndex(clock);
        WaitTimesService keyed = service(clock, keyedRecords, keyedSamples);
        int perKey = WaitTimeSettings.DEFAULTS.windowSize();
        for (int k = 0; k < keys; k++) {
            TenantId tenant = new TenantId("T" + (k / DRINKS.length));
            Drink drink = new Drink(DRINKS[k % DRINKS.length]);
            for (int j = 0; j < perKey; j++) {
                String id = orderId(k * perKey + j);
                keyed.record(new OrderSubmitted(tenant, new OrderId(id), drink, new Occurrence(DAY.plusSeconds(j), "s" + id)));
                keyed.record(new OrderCompleted(tenant, new OrderId(id), new Occurrence(DAY.plusSeconds(60 + j), "c" + id)));
            }
        }
        long withSamples = usedAfterGc();
        double perSample = (withSamples - beforeKeys) / (double) (keys * perKey);
        clock.set(DAY.plus(java.time.Duration.ofDays(2))); // every order has expired: only the keys' empty indexes stay
        keyedRecords.purgeExpired();
        keyedSamples.purgeExpired();
        long withKeys = usedAfterGc();
        double perKeyBytes = (withKeys - beforeKeys) / (double) keys;
        keepAlive(keyed);

        System.out.printf(Locale.ROOT, "jdk: %s, heap max %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "open order record:      %6.0f bytes (%d orders)%n", perOpen, orders);
        System.out.printf(Locale.ROOT, "completed order record: %6.0f bytes (%d orders, kept 24 h after its last event)%n",
                perCompleted, orders);
        System.out.printf(Locale.ROOT, "counted order (record and its sample): %6.0f bytes (%d keys of %d orders)%n",
                perSample, keys, perKey);
        System.out.printf(Locale.ROOT, "key (tenant and drink) once its orders expired: %6.0f bytes (%d keys)%n",
                perKeyBytes, keys);
    }

    private static WaitTimesService service(SettableClock clock) {
        return service(clock, new InMemoryOrderRecords(clock), new InMemorySampleIndex(clock));
    }

    private static WaitTimesService service(SettableClock clock, InMemoryOrderRecords records,
                                            InMemorySampleIndex samples) {
        return WaitTimesService.builder()
                .settings(WaitTimeSettings.DEFAULTS)
                .orderRecords(records)
                .samples(samples)
                .publisher(updates -> { })
                .clock(clock)
                .build();
    }

    /** A 21-character id, as the core app's order ids are. */
    private static String orderId(int i) {
        return String.format(Locale.ROOT, "ord%018d", i);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static volatile Object sink;

    private static void keepAlive(Object o) {
        sink = o;
    }

    /** N orders on one day at two bars, each submitted and completed 30 s to 10 min later, in time order. */
    private static void writeDay(Path file, int orders) throws IOException {
        long daySeconds = 10 * 3600;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            java.util.PriorityQueue<String[]> completions = new java.util.PriorityQueue<>(
                    java.util.Comparator.comparing((String[] e) -> e[0]));
            for (int i = 0; i < orders; i++) {
                Instant submitted = DAY.plusMillis(i * daySeconds * 1000 / orders).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                String tenant = i % 3 == 0 ? "LDN" : "NYC";
                String id = orderId(i);
                while (!completions.isEmpty() && completions.peek()[0].compareTo(submitted.toString()) <= 0) {
                    out.write(completions.poll()[1]);
                    out.newLine();
                }
                out.write(event("s-" + i, "OrderManager.WaitingCompletion", submitted, "{\"orderId\":\"" + id
                        + "\",\"eventId\":\"" + tenant + "\",\"orderNumber\":" + i + ",\"drinkOrder\":{\"drink\":\""
                        + DRINKS[i % DRINKS.length] + "\",\"modifiers\":[]},\"TS\":" + submitted.toEpochMilli()
                        + ",\"userId\":\"u" + i + "\",\"robot\":false}"));
                out.newLine();
                Instant done = submitted.plusSeconds(30 + (i * 7919L) % 570);
                completions.add(new String[] {done.toString(), event("c-" + i, "OrderManager.Order" + tenant
                        + "-COMPLETED", done, "{\"orderId\":\"" + id + "\",\"eventId\":\"" + tenant
                        + "\",\"ORDERSTATE\":\"" + tenant + "-COMPLETED\"}")});
            }
            while (!completions.isEmpty()) {
                out.write(completions.poll()[1]);
                out.newLine();
            }
        }
    }

    private static String event(String id, String detailType, Instant time, String detail) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\""
                + time + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":" + detail + "}";
    }
}
