package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The layout of an order's place in a key's sample index: one item per (key, order).
 *
 * <pre>
 * pk        S  &lt;prefix&gt;#INDEX#&lt;tenant&gt;#&lt;scope&gt;
 * sk        B  0x01, then the order id as UTF-16 big-endian
 * rank      B  only while the order counts here: epoch second (8 bytes), nanosecond (4 bytes), order id (UTF-16BE)
 * o  S order id     at  N completion, epoch ms     v  N the sample's value (absent: a tombstone)
 * ver       N  the version of the order's record it was computed from
 * expiresAt N  epoch seconds (time to live)
 * </pre>
 *
 * The local secondary index {@value WaitTimesTable#RANK_INDEX} sorts a key's items by {@code rank}; a tombstone has
 * no rank, so it is not in that index at all. DynamoDB compares binary keys as unsigned bytes, which for the rank is
 * the domain's order: by completion time, then by order id as {@link String#compareTo} compares it; a descending
 * query returns the latest first.
 */
final class IndexItem {
    static final String RANK = "rank";
    static final String ORDER = "o";
    static final String AT = "at";
    static final String VALUE = "v";
    static final String VERSION = "ver";

    private IndexItem() {
    }

    /** @return the sort key of an order's place */
    static AttributeValue sortKey(OrderId orderId) {
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(utf16(ByteBuffer.allocate(1 + 2 * orderId.value().length())
                .put((byte) 1), orderId.value())));
    }

    /** @return the rank of a sample */
    static AttributeValue rank(Instant at, OrderId orderId) {
        String id = orderId.value();
        ByteBuffer bytes = ByteBuffer.allocate(12 + 2 * id.length()).putLong(at.getEpochSecond()).putInt(at.getNano());
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(utf16(bytes, id)));
    }

    private static byte[] utf16(ByteBuffer bytes, String text) {
        for (int i = 0; i < text.length(); i++) {
            bytes.putChar(text.charAt(i));
        }
        return bytes.array();
    }

    /** @return the item of an entry */
    static Map<String, AttributeValue> encode(String partition, IndexEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(WaitTimesTable.PARTITION_KEY, AttributeValue.fromS(partition));
        item.put(WaitTimesTable.SORT_KEY, sortKey(entry.orderId()));
        item.put(ORDER, AttributeValue.fromS(entry.orderId().value()));
        entry.sample().ifPresent(s -> {
            item.put(RANK, rank(s.at(), s.orderId()));
            item.put(AT, Attributes.millis(s.at()));
            item.put(VALUE, AttributeValue.fromN(Long.toString(s.value())));
        });
        item.put(VERSION, AttributeValue.fromN(Long.toString(entry.version())));
        item.put(WaitTimesTable.EXPIRES_AT, Attributes.epochSeconds(Attributes.wholeSecondUp(entry.expiresAt())));
        return item;
    }

    /** @return whether an item holds a sample (is not a tombstone) */
    static boolean holdsSample(Map<String, AttributeValue> item) {
        return item != null && item.containsKey(VALUE);
    }

    /** @return the sample of an item that holds one */
    static Sample sample(Map<String, AttributeValue> item) {
        return new Sample(new OrderId(Attributes.string(item.get(ORDER))), Attributes.instant(item.get(AT)),
                Attributes.decimal(item.get(VALUE)).longValueExact());
    }
}
