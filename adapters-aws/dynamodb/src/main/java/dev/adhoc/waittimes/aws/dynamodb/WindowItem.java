package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a window's item:
 *
 * <pre>
 * pk       S  WINDOW#&lt;tenant&gt;#&lt;drink&gt;
 * version  N  1, 2, ... (optimistic concurrency)
 * samples  L  [{o: S orderId, c: N completed epoch ms, w: N wait ms}, ...] latest completion first
 * </pre>
 *
 * A list of maps with one-letter names: readable in the console and in exports, yet about 55 bytes per sample
 * with UUID order ids, so the default window of 10 stays under 1 KB (one write unit per put, one read unit per
 * consistent read). The wait is stored instead of the submission time: a smaller number, and the figure people
 * look for.
 */
final class WindowItem {
    static final String VERSION = "version";
    static final String SAMPLES = "samples";
    private static final String ORDER = "o";
    private static final String COMPLETED = "c";
    private static final String WAIT = "w";

    /**
     * A stored window and the version it was read at.
     *
     * @param window  the window (empty if none is stored)
     * @param version its version, 0 if no item is stored
     */
    record Stored(Window window, long version) {
        static final Stored NONE = new Stored(Window.empty(), 0);
    }

    private WindowItem() {
    }

    /** @return the item of a window at a version */
    static Map<String, AttributeValue> encode(WindowKey key, Window window, long version) {
        List<AttributeValue> samples = new ArrayList<>(window.size());
        for (WaitSample s : window.samples()) {
            BigDecimal completed = Attributes.toMillis(s.completedAt());
            samples.add(AttributeValue.fromM(Map.of(
                    ORDER, AttributeValue.fromS(s.orderId().value()),
                    COMPLETED, Attributes.number(completed),
                    WAIT, Attributes.number(completed.subtract(Attributes.toMillis(s.submittedAt()))))));
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(WaitTimesTable.PARTITION_KEY, AttributeValue.fromS(WaitTimesTable.windowKey(key)));
        item.put(VERSION, AttributeValue.fromN(Long.toString(version)));
        item.put(SAMPLES, AttributeValue.fromL(samples));
        return item;
    }

    /** @return the window and version an item holds ({@link Stored#NONE} for no item) */
    static Stored decode(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return Stored.NONE;
        }
        List<WaitSample> samples = new ArrayList<>();
        for (AttributeValue value : item.get(SAMPLES).l()) {
            Map<String, AttributeValue> m = value.m();
            BigDecimal completed = Attributes.decimal(m.get(COMPLETED));
            BigDecimal submitted = completed.subtract(Attributes.decimal(m.get(WAIT)));
            samples.add(new WaitSample(new OrderId(Attributes.string(m.get(ORDER))),
                    Attributes.fromMillis(submitted), Attributes.fromMillis(completed)));
        }
        return new Stored(new Window(samples), Long.parseLong(item.get(VERSION).n()));
    }
}
