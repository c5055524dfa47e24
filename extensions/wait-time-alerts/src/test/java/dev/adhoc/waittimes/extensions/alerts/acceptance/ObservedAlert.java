package dev.adhoc.waittimes.extensions.alerts.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An alert as a consumer of the bus reads it.
 *
 * @param tenant     {@code eventId}
 * @param drink      the drink
 * @param state      RAISED or CLEARED
 * @param p90        the p90 in seconds, as written
 * @param threshold  the threshold in seconds, as written
 * @param sampleSize how many orders the p90 comes from
 */
record ObservedAlert(String tenant, String drink, String state, String p90, String threshold, int sampleSize) {
    static ObservedAlert of(JsonNode detail) {
        return new ObservedAlert(detail.get("eventId").asText(), detail.get("drink").asText(),
                detail.get("state").asText(), detail.get("p90").decimalValue().toPlainString(),
                detail.get("threshold").decimalValue().toPlainString(), detail.get("sampleSize").asInt());
    }

    @Override
    public String toString() {
        return state + " " + tenant + "/" + drink + " p90 " + p90 + " s over " + sampleSize + " (threshold " + threshold + " s)";
    }
}
