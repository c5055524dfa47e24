package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates one coffee-bar day as a set of bus events, from a seed: two tenants, three drinks, completions,
 * pending orders, cancellations, time-outs, noise, negative and absurd waits, and conflicting reports of a
 * submission (all of whose variants give a valid wait, see ADR 0002). Then duplicates and shuffles it.
 */
public final class CoffeeBarDay {
    private static final String[] TENANTS = {"NYC", "LDN"};
    private static final String[] DRINKS = {"Caffe Latte", "Mocha", "Espresso"};
    private static final Instant OPENING = Instant.parse("2026-11-27T08:00:00Z");

    private CoffeeBarDay() {
    }

    /** @return the distinct events of a day of {@code orders} orders */
    public static List<BusEvent> events(long seed, int orders) {
        Random random = new Random(seed);
        List<BusEvent> events = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < orders; i++) {
            String tenant = TENANTS[random.nextInt(TENANTS.length)];
            String drink = DRINKS[random.nextInt(DRINKS.length)];
            String order = "order-" + i;
            Instant submitted = OPENING.plusSeconds(random.nextInt(4 * 3600));
            int shape = random.nextInt(100);
            long wait = shape < 5 ? -1 - random.nextInt(120) : shape < 10 ? 901 + random.nextInt(3000)
                    : 30 + random.nextInt(600);
            events.add(new BusEvent(Kind.SUBMITTED, "e" + id++, tenant, order, drink, submitted.toString()));
            if (random.nextInt(100) < 85) {
                Kind kind = random.nextBoolean() ? Kind.COMPLETED : Kind.COMPLETED_LEGACY;
                events.add(new BusEvent(kind, "e" + id++, tenant, order, null, submitted.plusSeconds(wait).toString()));
                if (wait >= 30 && wait <= 600 && random.nextInt(100) < 15) {
                    // another report of the same submission, up to 30 s apart, whose wait stays valid
                    long shift = random.nextInt(61) - 30;
                    events.add(new BusEvent(Kind.SUBMITTED, "e" + id++, tenant, order, drink,
                            submitted.plusSeconds(shift).toString()));
                }
            }
            if (random.nextInt(100) < 10) {
                Kind closing = random.nextBoolean() ? Kind.CANCELLED : Kind.TIMED_OUT;
                events.add(new BusEvent(closing, "e" + id++, tenant, order, null,
                        submitted.plusSeconds(random.nextInt(900)).toString()));
            }
            if (random.nextInt(100) < 5) {
                events.add(new BusEvent(Kind.NOISE, "e" + id++, tenant, null, null, submitted.toString()));
            }
        }
        return events;
    }

    /** @return the events with about {@code duplicatePercent}% delivered again, all shuffled */
    public static List<BusEvent> asDelivered(List<BusEvent> events, long seed, int duplicatePercent) {
        Random random = new Random(seed);
        List<BusEvent> delivered = new ArrayList<>(events);
        for (BusEvent e : events) {
            while (random.nextInt(100) < duplicatePercent) {
                delivered.add(e);
            }
        }
        Collections.shuffle(delivered, random);
        return delivered;
    }
}
