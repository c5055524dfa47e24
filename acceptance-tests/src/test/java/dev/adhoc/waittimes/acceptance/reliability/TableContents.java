package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run left in its table, read with a Scan — in the test only; the product never scans. The layout (ADR 0012):
 * per order one record, {@code <prefix>#ORDER#<tenant>#<order>} with sort key {@code 0x00}; per key its index,
 * {@code <prefix>#INDEX#<tenant>#<scope>}, one entry per order its reports can place there, with a {@code rank}
 * while the order counts there (a sample), none where it no longer does (a tombstone). Bounded state: every item
 * expires ({@code expiresAt}, the table's time to live), and an order's entries expire with its record and carry
 * its version, once every delivery has completed.
 *
 * @param records                     order records
 * @param entries                     index entries, samples and tombstones
 * @param samples                     index entries with a rank (counted samples)
 * @param keys                        keys with an index
 * @param maxEntriesPerKey            the most entries one key's index holds
 * @param withoutExpiry               items with no {@code expiresAt}
 * @param entriesOfAnotherVersion     entries whose version or expiry is not their order's record's (or whose record is
 *                                    missing)
 * @param latestExpiry                the latest {@code expiresAt} of any item
 */
record TableContents(int records, int entries, int samples, int keys, int maxEntriesPerKey, int withoutExpiry,
                     int entriesOfAnotherVersion, Instant latestExpiry) {
    private static final String PREFIX = "wait-times#";

    /** @return what the stores' table holds */
    static TableContents of(DynamoDbStores stores) {
        record Stamp(String version, String expiry) {
        }
        Map<String, Stamp> records = new HashMap<>();
        Map<String, Integer> perKey = new HashMap<>();
        List<Map<String, AttributeValue>> entries = new java.util.ArrayList<>();
        int samples = 0;
        int withoutExpiry = 0;
        long latest = Long.MIN_VALUE;
        for (Map<String, AttributeValue> item : stores.items()) {
            String pk = item.get("pk").s();
            byte[] sk = item.get("sk").b().asByteArray();
            AttributeValue expiry = item.get("expiresAt");
            if (expiry == null) {
                withoutExpiry++;
            } else {
                latest = Math.max(latest, Long.parseLong(expiry.n()));
            }
            if (pk.startsWith(PREFIX + "ORDER#") && sk.length == 1 && sk[0] == 0) {
                String[] tenantAndOrder = pk.substring((PREFIX + "ORDER#").length()).split("#", 2);
                records.put(tenantAndOrder[0] + "#" + tenantAndOrder[1], new Stamp(n(item.get("ver")), n(expiry)));
            } else if (pk.startsWith(PREFIX + "INDEX#") && sk.length > 0 && sk[0] == 1) {
                perKey.merge(pk, 1, Integer::sum);
                entries.add(item);
                if (item.containsKey("rank")) {
                    samples++;
                }
            } else {
                throw new IllegalStateException("an item that is neither an order's record nor an index entry: " + pk);
            }
        }
        int otherVersion = 0;
        for (Map<String, AttributeValue> entry : entries) {
            String tenant = entry.get("pk").s().substring((PREFIX + "INDEX#").length()).split("#", 2)[0];
            Stamp record = records.get(tenant + "#" + entry.get("o").s());
            if (record == null || !record.equals(new Stamp(n(entry.get("ver")), n(entry.get("expiresAt"))))) {
                otherVersion++;
            }
        }
        return new TableContents(records.size(), entries.size(), samples, perKey.size(),
                perKey.values().stream().mapToInt(Integer::intValue).max().orElse(0), withoutExpiry, otherVersion,
                latest == Long.MIN_VALUE ? null : Instant.ofEpochSecond(latest));
    }

    private static String n(AttributeValue value) {
        return value == null ? null : Objects.requireNonNull(value.n());
    }

    /** @return the figures for a report line */
    String figures() {
        return String.format("records=%d indexEntries=%d samples=%d tombstones=%d keys=%d maxEntriesPerKey=%d"
                        + " itemsWithoutExpiry=%d entriesOfAnotherVersion=%d", records, entries, samples,
                entries - samples, keys, maxEntriesPerKey, withoutExpiry, entriesOfAnotherVersion);
    }
}
