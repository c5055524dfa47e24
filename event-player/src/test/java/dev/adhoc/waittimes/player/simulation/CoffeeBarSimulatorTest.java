package dev.adhoc.waittimes.player.simulation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class CoffeeBarSimulatorTest {
    private static final Instant START = SimulationSettings.DEFAULT_START;

    private static SimulationSettings settings(int orders, long seed, double duplicates, int reorder, double cancel) {
        return new SimulationSettings(orders, List.of("NYC", "LDN"), seed, duplicates, reorder, cancel, START);
    }

    private static List<Delivery> run(SimulationSettings settings) {
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings);
        List<Delivery> all = new ArrayList<>();
        simulator.forEachRemaining(all::add);
        return all;
    }

    private static List<SimulatedEvent> events(List<Delivery> deliveries, Predicate<String> detailType) {
        return deliveries.stream().map(Delivery::event).filter(e -> detailType.test(e.detailType())).toList();
    }

    @Test
    void the_same_seed_gives_the_same_events_and_another_seed_other_events() {
        List<Delivery> first = run(settings(200, 7, 5, 30, 5));
        assertThat(run(settings(200, 7, 5, 30, 5))).isEqualTo(first);
        assertThat(run(settings(200, 8, 5, 30, 5))).isNotEqualTo(first);
    }

    @Test
    void every_order_goes_through_the_lifecycle_of_the_contract_in_time_order() {
        List<Delivery> deliveries = run(settings(500, 1, 0, 0, 5));
        Map<String, List<SimulatedEvent>> byOrder = new HashMap<>();
        for (Delivery d : deliveries) {
            Object orderId = d.event().detail().get("orderId");
            if (orderId != null) {
                byOrder.computeIfAbsent((String) orderId, k -> new ArrayList<>()).add(d.event());
            }
        }
        assertThat(byOrder).hasSize(500);
        int completed = 0;
        for (List<SimulatedEvent> story : byOrder.values()) {
            List<String> types = story.stream().map(SimulatedEvent::detailType).toList();
            assertThat(types.get(0)).isEqualTo("Validator.NewOrder");
            assertThat(types.get(1)).isEqualTo("OrderProcessor.WorkflowStarted");
            assertThat(story).extracting(SimulatedEvent::time).isSorted();
            String last = types.get(types.size() - 1);
            assertThat(last).isIn("OrderProcessor.orderFinished", "OrderProcessor.OrderTimeOut");
            if (types.stream().anyMatch(t -> t.endsWith("-COMPLETED"))) {
                completed++;
                assertThat(types).containsSubsequence("OrderProcessor.WaitingCompletion", "OrderManager.WaitingCompletion",
                        "OrderManager.MakeOrder");
                Instant submitted = story.get(types.indexOf("OrderManager.WaitingCompletion")).time();
                Instant done = story.stream().filter(e -> e.detailType().endsWith("-COMPLETED")).findFirst().orElseThrow().time();
                assertThat(Duration.between(submitted, done)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
            }
        }
        assertThat(completed).isGreaterThan(400);
    }

    @Test
    void events_carry_the_fields_of_the_contract() {
        List<Delivery> deliveries = run(settings(50, 3, 0, 0, 0));
        SimulatedEvent submitted = events(deliveries, "OrderManager.WaitingCompletion"::equals).get(0);
        assertThat(submitted.detail()).containsKeys("orderId", "eventId", "orderNumber", "drinkOrder", "TS", "userId", "robot");
        @SuppressWarnings("unchecked")
        Map<String, Object> drinkOrder = (Map<String, Object>) submitted.detail().get("drinkOrder");
        assertThat(drinkOrder).containsKeys("drink", "modifiers");
        assertThat((Long) submitted.detail().get("TS") / 1000).isEqualTo(submitted.time().getEpochSecond());
        SimulatedEvent completed = events(deliveries, t -> t.startsWith("OrderManager.Order") && t.endsWith("-COMPLETED")).get(0);
        String tenant = (String) completed.detail().get("eventId");
        assertThat(completed.detailType()).isEqualTo("OrderManager.Order" + tenant + "-COMPLETED");
        assertThat(completed.detail()).containsEntry("ORDERSTATE", tenant + "-COMPLETED");
        assertThat(deliveries).allSatisfy(d -> assertThat(d.event().time().getNano()).isZero());
        assertThat(deliveries).extracting(d -> d.event().id()).doesNotHaveDuplicates();
    }

    @Test
    void service_times_differ_by_drink() {
        List<Delivery> deliveries = run(settings(3000, 5, 0, 0, 0));
        Map<String, String> drinkOf = new HashMap<>();
        Map<String, Instant> claimedAt = new HashMap<>();
        Map<String, List<Long>> serviceByDrink = new HashMap<>();
        for (Delivery d : deliveries) {
            SimulatedEvent e = d.event();
            String order = (String) e.detail().get("orderId");
            if (e.detailType().equals("OrderManager.WaitingCompletion")) {
                drinkOf.put(order, (String) ((Map<?, ?>) e.detail().get("drinkOrder")).get("drink"));
            } else if (e.detailType().equals("OrderManager.MakeOrder")) {
                claimedAt.put(order, e.time());
            } else if (e.detailType().endsWith("-COMPLETED")) {
                serviceByDrink.computeIfAbsent(drinkOf.get(order), k -> new ArrayList<>())
                        .add(Duration.between(claimedAt.get(order), e.time()).toSeconds());
            }
        }
        assertThat(mean(serviceByDrink.get("Espresso"))).isLessThan(mean(serviceByDrink.get("Caffe Latte")));
        assertThat(mean(serviceByDrink.get("Caffe Latte"))).isLessThan(mean(serviceByDrink.get("Caffe Mocha")));
    }

    @Test
    void the_stream_has_cancellations_time_outs_and_noise() {
        List<Delivery> deliveries = run(settings(2000, 2, 0, 0, 5));
        assertThat(events(deliveries, t -> t.endsWith("-CANCELLED"))).hasSizeBetween(50, 150);
        List<SimulatedEvent> timeOuts = events(deliveries, "OrderProcessor.OrderTimeOut"::equals);
        assertThat(timeOuts).extracting(e -> e.detail().get("cause")).contains("customer");
        assertThat(events(deliveries, t -> t.startsWith("ConfigService."))).isNotEmpty();
    }

    @Test
    void with_all_orders_cancelled_none_completes() {
        List<Delivery> deliveries = run(settings(300, 2, 0, 0, 100));
        assertThat(events(deliveries, t -> t.endsWith("-COMPLETED"))).isEmpty();
        assertThat(events(deliveries, t -> t.endsWith("-CANCELLED"))).isNotEmpty();
    }

    @Test
    void deliveries_come_in_delivery_order_and_in_event_order_without_reordering() {
        List<Delivery> deliveries = run(settings(1000, 4, 0, 0, 5));
        assertThat(deliveries).extracting(Delivery::deliveredAt).isSorted();
        assertThat(deliveries).allSatisfy(d -> assertThat(d.deliveredAt()).isEqualTo(d.event().time()));
    }

    @Test
    void reordering_delays_deliveries_by_at_most_the_given_seconds() {
        List<Delivery> deliveries = run(settings(1000, 4, 0, 120, 5));
        assertThat(deliveries).extracting(Delivery::deliveredAt).isSorted();
        assertThat(deliveries).allSatisfy(d -> assertThat(Duration.between(d.event().time(), d.deliveredAt()))
                .isBetween(Duration.ZERO, Duration.ofSeconds(120)));
        List<Instant> eventTimes = deliveries.stream().map(d -> d.event().time()).toList();
        assertThat(eventTimes).isNotEqualTo(eventTimes.stream().sorted().toList());
    }

    @Test
    void duplicates_redeliver_the_same_event() {
        List<Delivery> deliveries = run(settings(1000, 4, 10, 0, 5));
        List<Delivery> redelivered = deliveries.stream().filter(Delivery::redelivery).toList();
        int all = deliveries.size() - redelivered.size();
        assertThat(redelivered.size()).isBetween(all * 7 / 100, all * 13 / 100);
        Set<SimulatedEvent> firsts = new HashSet<>();
        deliveries.stream().filter(d -> !d.redelivery()).forEach(d -> firsts.add(d.event()));
        assertThat(redelivered).allSatisfy(d -> assertThat(firsts).contains(d.event()));
    }

    @Test
    void duplicates_also_resend_submissions_and_completions_under_another_id_at_another_time() {
        List<Delivery> deliveries = run(settings(1000, 4, 10, 30, 5));
        Map<String, List<SimulatedEvent>> reports = new HashMap<>();
        for (Delivery d : deliveries) {
            SimulatedEvent e = d.event();
            if (!d.redelivery() && (e.detailType().equals("OrderManager.WaitingCompletion")
                    || e.detailType().endsWith("-COMPLETED"))) {
                reports.computeIfAbsent(e.detailType() + " " + e.detail().get("orderId"), k -> new ArrayList<>()).add(e);
            }
        }
        List<List<SimulatedEvent>> conflicting = reports.values().stream().filter(r -> r.size() > 1).toList();
        assertThat(conflicting).anySatisfy(r -> assertThat(r.get(0).detailType()).endsWith("-COMPLETED"))
                .anySatisfy(r -> assertThat(r.get(0).detailType()).isEqualTo("OrderManager.WaitingCompletion"))
                .allSatisfy(r -> {
                    assertThat(r).hasSize(2).extracting(SimulatedEvent::id).doesNotHaveDuplicates();
                    assertThat(r.get(0).detail().get("eventId")).isEqualTo(r.get(1).detail().get("eventId"));
                    long apart = Math.abs(Duration.between(r.get(0).time(), r.get(1).time()).toSeconds());
                    assertThat(apart).isBetween(1L, 30L);
                    if (r.get(0).detail().get("TS") instanceof Long ts0 && r.get(1).detail().get("TS") instanceof Long ts1) {
                        assertThat(Math.abs(ts1 - ts0)).isEqualTo(apart * 1000);
                    }
                });
        assertThat(deliveries).allSatisfy(d -> assertThat(d.deliveredAt()).isAfterOrEqualTo(d.event().time()));
        assertThat(run(settings(1000, 4, 0, 30, 5)).stream().map(Delivery::event)
                .filter(e -> e.detailType().equals("OrderManager.WaitingCompletion") || e.detailType().endsWith("-COMPLETED"))
                .map(e -> e.detailType() + " " + e.detail().get("orderId"))).as("no conflicting report without duplicates")
                .doesNotHaveDuplicates();
    }

    @Test
    void holds_only_the_orders_in_flight_however_many_orders_it_generates() {
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings(20_000, 9, 5, 60, 5));
        int most = 0;
        long deliveries = 0;
        while (simulator.hasNext()) {
            simulator.next();
            deliveries++;
            most = Math.max(most, simulator.buffered());
        }
        assertThat(deliveries).isGreaterThan(100_000);
        assertThat(most).isLessThan(1_000);
    }

    @Test
    void the_bars_close_at_night() {
        List<Delivery> deliveries = run(settings(3000, 6, 0, 0, 5));
        assertThat(events(deliveries, "Validator.NewOrder"::equals)).allSatisfy(e ->
                assertThat(Math.floorMod(e.time().getEpochSecond() - START.getEpochSecond(), 86_400L))
                        .isLessThan(CoffeeBarSimulator.OPEN_SECONDS));
        Instant last = deliveries.get(deliveries.size() - 1).deliveredAt();
        assertThat(Duration.between(START, last)).isGreaterThan(Duration.ofDays(1));
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElseThrow();
    }
}
