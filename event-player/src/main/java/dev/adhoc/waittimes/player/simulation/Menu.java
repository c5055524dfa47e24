package dev.adhoc.waittimes.player.simulation;

import java.util.List;
import java.util.Random;

/**
 * The drinks a simulated bar serves: how often each is ordered and how long a barista takes to make it.
 * Service times are log-normally spread around each drink's median, so drinks differ and no two orders match.
 */
final class Menu {
    /**
     * @param name          the name on the bus ({@code drinkOrder.drink})
     * @param weight        relative popularity
     * @param medianSeconds median preparation time
     */
    record Item(String name, int weight, int medianSeconds) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Caffe Latte", 24, 110),
            new Item("Cappuccino", 18, 100),
            new Item("Americano", 12, 55),
            new Item("Espresso", 10, 40),
            new Item("Flat White", 12, 95),
            new Item("Caffe Mocha", 8, 140),
            new Item("Hot Chocolate", 6, 85),
            new Item("Chai Latte", 5, 100),
            new Item("Matcha Latte", 5, 125));

    private static final List<List<String>> MODIFIERS = List.of(
            List.of(), List.of("Whole milk"), List.of("Oat milk"), List.of("Skimmed milk"),
            List.of("Oat milk", "Extra shot"), List.of("Whole milk", "Vanilla syrup"), List.of("Decaf"));
    private static final int TOTAL_WEIGHT = ITEMS.stream().mapToInt(Item::weight).sum();
    // Spread of the log-normal service time: about two thirds of orders within -25%..+35% of the median.
    private static final double SIGMA = 0.3;

    private Menu() {
    }

    static Item pick(Random random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Item item : ITEMS) {
            ticket -= item.weight();
            if (ticket < 0) {
                return item;
            }
        }
        throw new IllegalStateException("weights add up to " + TOTAL_WEIGHT);
    }

    static List<String> modifiers(Random random) {
        return MODIFIERS.get(random.nextInt(MODIFIERS.size()));
    }

    /** @return a preparation time in whole seconds, at least 15 s */
    static long serviceSeconds(Item item, Random random) {
        double seconds = item.medianSeconds() * Math.exp(SIGMA * random.nextGaussian());
        return Math.max(15, Math.round(seconds));
    }
}
