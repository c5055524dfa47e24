package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.Closing;
import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.Submission;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The layout of an order's item: one attribute per distinct report, so that recording a report is one idempotent
 * write and the item is the set of reports ({@link OrderRecord}).
 *
 * <pre>
 * pk        S  &lt;extension&gt;#ORDER#&lt;tenant&gt;#&lt;orderId&gt;     sk  B  0x00
 * S.&lt;id&gt;   M  {t: N epoch ms, e: S event id, d: S drink}    a submission report
 * K.&lt;id&gt;   M  {t, e}                                      a claim report
 * C.&lt;id&gt;   M  {t, e}                                      a completion report
 * X.&lt;id&gt;   M  {t, e, r: S CANCELLED | TIMED_OUT}          a closing report
 * nS nK nC nX  N  how many reports of each kind (the cap's counter)
 * ver       N  how many reports were added (the record's version)
 * expiresAt N  epoch seconds (time to live)
 * </pre>
 *
 * {@code <id>} is the report's content id: equal reports share an attribute, different ones never do.
 */
final class OrderItem {
    static final String VERSION = "ver";

    private OrderItem() {
    }

    /**
     * @param attribute the report's attribute name
     * @param counter   the attribute counting its kind's reports
     * @param value     the report
     */
    record Report(String attribute, String counter, AttributeValue value) {
    }

    /** @return the attribute that holds the event's report */
    static Report reportOf(OrderEvent event) {
        Occurrence o = event.occurrence();
        if (event instanceof OrderSubmitted e) {
            return report("S", o, Map.of("d", AttributeValue.fromS(e.drink().name())), e.drink().name());
        }
        if (event instanceof OrderClaimed) {
            return report("K", o, Map.of(), "");
        }
        if (event instanceof OrderCompleted) {
            return report("C", o, Map.of(), "");
        }
        OrderClosed e = (OrderClosed) event;
        return report("X", o, Map.of("r", AttributeValue.fromS(e.reason().name())), e.reason().name());
    }

    private static Report report(String kind, Occurrence o, Map<String, AttributeValue> extra, String extraText) {
        Map<String, AttributeValue> fields = new java.util.HashMap<>(extra);
        fields.put("t", Attributes.millis(o.time()));
        fields.put("e", AttributeValue.fromS(o.eventId()));
        String id = Rejection.idOf(kind, o.time().toString(), o.eventId(), extraText);
        return new Report(kind + "." + id, "n" + kind, AttributeValue.fromM(fields));
    }

    /** @return the record an item holds ({@code empty}'s order; an absent item gives the empty record) */
    static OrderRecord decode(OrderRecord empty, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return empty;
        }
        List<Submission> submissions = new ArrayList<>();
        List<Occurrence> claims = new ArrayList<>();
        List<Occurrence> completions = new ArrayList<>();
        List<Closing> closings = new ArrayList<>();
        item.forEach((name, value) -> {
            if (name.length() < 3 || name.charAt(1) != '.') {
                return;
            }
            Map<String, AttributeValue> m = value.m();
            Occurrence o = new Occurrence(Attributes.instant(m.get("t")), Attributes.string(m.get("e")));
            switch (name.charAt(0)) {
                case 'S' -> submissions.add(new Submission(new Drink(Attributes.string(m.get("d"))), o));
                case 'K' -> claims.add(o);
                case 'C' -> completions.add(o);
                case 'X' -> closings.add(new Closing(ClosingReason.valueOf(Attributes.string(m.get("r"))), o));
                default -> { }
            }
        });
        AttributeValue version = item.get(VERSION);
        AttributeValue expiry = item.get(WaitTimesTable.EXPIRES_AT);
        return OrderRecord.restore(empty.tenant(), empty.orderId(), submissions, claims, completions, closings,
                version == null ? 0 : Attributes.decimal(version).longValueExact(),
                expiry == null ? null : Attributes.fromEpochSeconds(expiry));
    }
}
