package dev.adhoc.waittimes.player.simulation;

import java.util.Random;
import java.util.UUID;

/** Ids drawn from the simulation's seeded random source, so the same seed gives the same ids. */
final class SeededIds {
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Random random;

    SeededIds(Random random) {
        this.random = random;
    }

    /** @return a version-4-shaped UUID, like the envelope ids EventBridge assigns */
    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** @return a base-62 token of this length, like Serverlesspresso's order ids and task tokens */
    String token(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return new String(chars);
    }
}
