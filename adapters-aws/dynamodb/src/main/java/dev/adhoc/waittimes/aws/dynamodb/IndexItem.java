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
 * The layout of one place in a key's sample index.
 *
 * <pre>
 * pk        S  &lt;prefix&gt;#INDEX#&lt;tenant&gt;#&lt;scope&gt;
 * sk        B  rank: 0x01, epoch second (8 bytes), nanosecond (4 bytes), order id as UTF-16 big-endian
 * o         S  order id          at  N  completion, epoch ms
 * v         N  the sample's value (absent: a tombstone, the order does not count here)
 * ver       N  the version of the order's record it was computed from
 * expiresAt N  epoch seconds (time to live)
 * </pre>
 *
 * DynamoDB compares binary sort keys as unsigned bytes, which for the rank is the domain's order: by completion
 * time, then by order id as {@link String#compareTo} compares it. A descending query returns the latest first.
 */
final class IndexItem {
    static final String ORDER = "o";
    static final String AT = "at";
    static final String VALUE = "v";
    static final String VERSION = "ver";

    private IndexItem() {
    }

    /** @return the rank of a place: its sort key */
    static AttributeValue rank(Instant at, OrderId orderId) {
        String id = orderId.value();
        ByteBuffer bytes = ByteBuffer.allocate(13 + 2 * id.length());
        bytes.put((byte) 1).putLong(at.getEpochSecond()).putInt(at.getNano());
        for (int i = 0; i < id.length(); i++) {
            bytes.putChar(id.charAt(i));
        }
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(bytes.array()));
    }

    /** @return the item of an entry */
    static Map<String, AttributeValue> encode(String partition, IndexEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(WaitTimesTable.PARTITION_KEY, AttributeValue.fromS(partition));
        item.put(WaitTimesTable.SORT_KEY, rank(entry.at(), entry.orderId()));
        item.put(ORDER, AttributeValue.fromS(entry.orderId().value()));
        item.put(AT, Attributes.millis(entry.at()));
        entry.value().ifPresent(v -> item.put(VALUE, AttributeValue.fromN(Long.toString(v))));
        item.put(VERSION, AttributeValue.fromN(Long.toString(entry.version())));
        item.put(WaitTimesTable.EXPIRES_AT, Attributes.epochSeconds(Attributes.wholeSecondUp(entry.expiresAt())));
        return item;
    }

    /** @return the sample of an item that is not a tombstone */
    static Sample sample(Map<String, AttributeValue> item) {
        return new Sample(new OrderId(Attributes.string(item.get(ORDER))), Attributes.instant(item.get(AT)),
                Attributes.decimal(item.get(VALUE)).longValueExact());
    }
}
