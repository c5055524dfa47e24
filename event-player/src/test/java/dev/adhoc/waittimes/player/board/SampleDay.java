package dev.adhoc.waittimes.player.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The final windows of a day of events, computed with the contract's definitions alone (docs/contract.md, section 2),
 * for a clean day (no malformed event): the earliest submission and completion of an order count (ties by event id);
 * its wait is completion minus submission, counted when between 0 and the 15-minute ceiling; a window holds the 10
 * counted orders of a tenant and drink with the latest completions (ties: the larger order id is later); its figures
 * are the mean wait and the nearest-rank 50th and 90th percentiles.
 */
final class SampleDay {
    private static final int WINDOW = 10;
    private static final Duration CEILING = Duration.ofMinutes(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A window's figures: mean in seconds, percentiles in whole seconds (the bus's times are whole seconds). */
    record Figures(String tenant, String drink, double mean, long p50, long p90, int samples) {
    }

    private record Report(Instant time, String eventId, String drink) {
        boolean before(Report other) {
            return time.isBefore(other.time) || time.equals(other.time) && eventId.compareTo(other.eventId) < 0;
        }
    }

    private record Counted(String order, Instant completed, long waitSeconds) {
    }

    private SampleDay() {
    }

    /** @return the figures of every window, ordered by tenant then drink (as the board lists them) */
    static List<Figures> windows(Path events) throws IOException {
        Map<String, Report> submissions = new TreeMap<>();
        Map<String, Report> completions = new TreeMap<>();
        for (String line : Files.readAllLines(events)) {
            JsonNode event = JSON.readTree(line);
            String type = event.path("detail-type").asText();
            JsonNode detail = event.path("detail");
            String order = detail.path("eventId").asText() + "\u0000" + detail.path("orderId").asText();
            Report report = new Report(Instant.parse(event.path("time").asText()), event.path("id").asText(),
                    detail.path("drinkOrder").path("drink").asText());
            if (type.equals("OrderManager.WaitingCompletion")) {
                submissions.merge(order, report, (a, b) -> a.before(b) ? a : b);
            } else if (type.matches("OrderManager\\.Order.*-COMPLETED|OrderManager\\.OrderCompleted")) {
                completions.merge(order, report, (a, b) -> a.before(b) ? a : b);
            }
        }
        Map<String, List<Counted>> byKey = new TreeMap<>();
        completions.forEach((order, completion) -> {
            Report submission = submissions.get(order);
            if (submission == null) {
                return;
            }
            Duration wait = Duration.between(submission.time(), completion.time());
            if (!wait.isNegative() && wait.compareTo(CEILING) <= 0) {
                String[] tenantAndOrder = order.split("\u0000");
                byKey.computeIfAbsent(tenantAndOrder[0] + "\u0000" + submission.drink(), k -> new ArrayList<>())
                        .add(new Counted(tenantAndOrder[1], completion.time(), wait.toSeconds()));
            }
        });
        List<Figures> figures = new ArrayList<>();
        byKey.forEach((key, counted) -> {
            List<Long> window = counted.stream()
                    .sorted(Comparator.comparing(Counted::completed).thenComparing(Counted::order).reversed())
                    .limit(WINDOW).map(Counted::waitSeconds).sorted().toList();
            String[] tenantAndDrink = key.split("\u0000");
            double mean = window.stream().mapToLong(Long::longValue).sum() / (double) window.size();
            figures.add(new Figures(tenantAndDrink[0], tenantAndDrink[1], mean, nearestRank(window, 50),
                    nearestRank(window, 90), window.size()));
        });
        return figures;
    }

    /** @return the smallest value with at least {@code percent} % of the sorted values at or below it */
    private static long nearestRank(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
