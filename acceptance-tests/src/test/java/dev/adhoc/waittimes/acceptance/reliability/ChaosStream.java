package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.properties.CoffeeBarDay;
import dev.adhoc.waittimes.acceptance.properties.DayShapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a real bus delivers on a bad day: a generated coffee-bar day ({@link DayShapes}: cancellations, time-outs,
 * noise, negative and absurd waits, conflicting completions and submissions of one order, some naming another drink,
 * bursts of withdrawals from the latest orders of one key) delivered with duplicates, reordered by up to two minutes,
 * with malformed events mixed in. A report that disagrees with its order's first ones arrives after them, and a burst
 * at its time, so that they take samples out of windows that filled. Each malformed event is a corrupted copy of a
 * real one under a new id, so it must be rejected and must change nothing. Deterministic for a seed.
 */
public final class ChaosStream {
    /** How an event was corrupted, and the rejection reason the extension must give. */
    public enum Corruption {
        TRUNCATED_JSON("NOT_JSON"),
        NOT_AN_OBJECT("NOT_JSON"),
        MISSING_ORDER_ID("MISSING_FIELD"),
        NUMERIC_ORDER_ID("WRONG_TYPE"),
        DETAIL_NOT_AN_OBJECT("WRONG_TYPE"),
        BAD_TIME("UNPARSABLE_TIME");

        final String reason;

        Corruption(String reason) {
            this.reason = reason;
        }
    }

    /** One delivery: the JSON on the wire, and the event it carries if it is well-formed. */
    public record Delivery(String json, BusEvent event, Corruption corruption) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reasons the parser rejects a corrupted event for. */
    private static final Set<String> PARSE_REASONS = Arrays.stream(Corruption.values()).map(c -> c.reason)
            .collect(Collectors.toUnmodifiableSet());
    /** Only consumed detail-types are checked field by field; others are ignored whatever they hold. */
    private static final Set<BusEvent.Kind> CONSUMED = EnumSet.of(BusEvent.Kind.SUBMITTED,
            BusEvent.Kind.COMPLETED, BusEvent.Kind.COMPLETED_LEGACY, BusEvent.Kind.CANCELLED,
            BusEvent.Kind.CANCELLED_LEGACY, BusEvent.Kind.TIMED_OUT);

    /** A day of 4 hours: about a hundred orders an hour and key at the CI sizes, so windows of ten fill. */
    static final int DAY_SECONDS = 4 * 3600;
    /** One burst of withdrawals per this many orders. */
    static final int BURST_EACH = 100;

    private final CoffeeBarDay day;
    private final List<BusEvent> events;
    private final List<Delivery> deliveries;
    private final Map<Corruption, Integer> corruptions = new EnumMap<>(Corruption.class);
    private int duplicates;

    private ChaosStream(CoffeeBarDay day, List<Delivery> deliveries) {
        this.day = day;
        this.events = day.events();
        this.deliveries = deliveries;
    }

    /**
     * @param seed             makes the stream reproducible
     * @param orders           orders in the simulated day
     * @param duplicatePercent share of events delivered twice or more
     * @param malformedPercent share of extra, malformed deliveries
     * @param maxDelaySeconds  how late an event may be delivered (the reordering bound)
     */
    public static ChaosStream generate(long seed, int orders, int duplicatePercent, int malformedPercent,
                                       int maxDelaySeconds) {
        return generate(seed, DayShapes.random(new Random(seed), orders, DAY_SECONDS, BURST_EACH), duplicatePercent,
                malformedPercent, maxDelaySeconds);
    }

    /** @return the stream of a given day (see {@link #generate(long, int, int, int, int)}) */
    public static ChaosStream generate(long seed, CoffeeBarDay day, int duplicatePercent, int malformedPercent,
                                       int maxDelaySeconds) {
        Random random = new Random(seed + 1);
        record Timed(long deliverAt, Delivery delivery) {
        }
        List<Timed> timed = new ArrayList<>();
        ChaosStream stream = new ChaosStream(day, new ArrayList<>());
        int malformedId = 0;
        for (CoffeeBarDay.Planned p : day.planned()) {
            BusEvent e = p.event();
            long at = p.notBefore().getEpochSecond();
            String json = BusEventJson.of(e);
            timed.add(new Timed(at + random.nextInt(maxDelaySeconds + 1), new Delivery(json, e, null)));
            while (random.nextInt(100) < duplicatePercent) {
                stream.duplicates++;
                timed.add(new Timed(at + random.nextInt(maxDelaySeconds + 1), new Delivery(json, e, null)));
            }
            if (CONSUMED.contains(e.kind()) && random.nextInt(1000) < malformedPercent * 10) {
                Corruption c = Corruption.values()[random.nextInt(Corruption.values().length)];
                stream.corruptions.merge(c, 1, Integer::sum);
                String bad = corrupt(e.withId("malformed-" + malformedId++), c);
                timed.add(new Timed(at + random.nextInt(maxDelaySeconds + 1), new Delivery(bad, null, c)));
            }
        }
        timed.sort(Comparator.comparingLong(Timed::deliverAt));
        timed.forEach(t -> stream.deliveries.add(t.delivery()));
        return stream;
    }

    private static String corrupt(BusEvent e, Corruption c) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(BusEventJson.of(e));
            switch (c) {
                case TRUNCATED_JSON -> {
                    String text = node.toString();
                    return text.substring(0, text.length() / 2);
                }
                case NOT_AN_OBJECT -> {
                    return "[" + node + "]";
                }
                case MISSING_ORDER_ID -> ((ObjectNode) node.get("detail")).remove("orderId");
                case NUMERIC_ORDER_ID -> ((ObjectNode) node.get("detail")).put("orderId", 4242);
                case DETAIL_NOT_AN_OBJECT -> node.put("detail", "orderId=" + e.orderId());
                case BAD_TIME -> node.put("time", "2026-13-45T99:00:00Z");
                default -> throw new IllegalStateException();
            }
            return node.toString();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** @return the day */
    public CoffeeBarDay day() {
        return day;
    }

    /** @return the distinct, well-formed events of the day (what the oracle sees) */
    public List<BusEvent> events() {
        return events;
    }

    /** @return every delivery, in delivery order */
    public List<Delivery> deliveries() {
        return deliveries;
    }

    /** @return how many malformed deliveries of each kind were mixed in */
    public Map<Corruption, Integer> corruptions() {
        return corruptions;
    }

    /** @return how many extra deliveries of well-formed events */
    public int duplicates() {
        return duplicates;
    }

    /** @return the expected number of rejections per parse reason */
    public Map<String, Integer> expectedParseRejections() {
        Map<String, Integer> expected = new TreeMap<>();
        corruptions.forEach((c, n) -> expected.merge(c.reason, n, Integer::sum));
        return expected;
    }

    /** @return of these rejections, how many there are of each parse reason: as {@link #expectedParseRejections} */
    static Map<String, Integer> parseRejections(List<ObservedRejection> rejections) {
        return rejections.stream().filter(r -> PARSE_REASONS.contains(r.reason())).collect(Collectors.groupingBy(
                ObservedRejection::reason, TreeMap::new, Collectors.summingInt(r -> 1)));
    }

    /** @return the distinct ids of the other rejections: those of pairs of reports of one order */
    static Set<String> pairRejectionIds(List<ObservedRejection> rejections) {
        return rejections.stream().filter(r -> !PARSE_REASONS.contains(r.reason())).map(ObservedRejection::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
