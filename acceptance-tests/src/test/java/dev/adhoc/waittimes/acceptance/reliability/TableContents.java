package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * What a run left in its table, read with a Scan — in the test only; the product never scans. The contract's
 * bounded state: per key one window item of at most N samples, per order one item that expires ({@code expiresAt},
 * the table's time to live).
 *
 * @param orderItems          items of orders ({@code ORDER#...})
 * @param windowItems         items of windows ({@code WINDOW#...})
 * @param maxSamples          the most samples one window item holds
 * @param ordersWithoutExpiry order items with no {@code expiresAt}
 * @param latestExpiry        the latest {@code expiresAt} of any order item
 */
record TableContents(int orderItems, int windowItems, int maxSamples, int ordersWithoutExpiry, Instant latestExpiry) {
    /** @return what the stores' table holds */
    static TableContents of(DynamoDbStores stores) {
        int orders = 0;
        int windows = 0;
        int maxSamples = 0;
        int withoutExpiry = 0;
        long latest = Long.MIN_VALUE;
        for (Map<String, AttributeValue> item : stores.client()
                .scanPaginator(r -> r.tableName(stores.tableName()).consistentRead(true)).items()) {
            String pk = item.get("pk").s();
            if (pk.startsWith("WINDOW#")) {
                windows++;
                maxSamples = Math.max(maxSamples, item.get("samples").l().size());
            } else if (pk.startsWith("ORDER#")) {
                orders++;
                AttributeValue expiry = item.get("expiresAt");
                if (expiry == null) {
                    withoutExpiry++;
                } else {
                    latest = Math.max(latest, Long.parseLong(expiry.n()));
                }
            } else {
                throw new IllegalStateException("an item that is neither an order nor a window: " + pk);
            }
        }
        return new TableContents(orders, windows, maxSamples, withoutExpiry,
                latest == Long.MIN_VALUE ? null : Instant.ofEpochSecond(latest));
    }

    /** @return the figures for a report line */
    String figures() {
        return String.format("orderItems=%d windowItems=%d maxSamplesPerWindow=%d ordersWithoutExpiry=%d",
                orderItems, windowItems, maxSamples, ordersWithoutExpiry);
    }
}
