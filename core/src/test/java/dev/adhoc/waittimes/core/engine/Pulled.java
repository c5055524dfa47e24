package dev.adhoc.waittimes.core.engine;

import java.util.Iterator;
import java.util.List;

/** Samples handed out one by one, counting how many a policy pulled: a window must cost what it holds. */
final class Pulled implements Iterator<Sample> {
    private final Iterator<Sample> samples;
    private int pulled;

    Pulled(Sample... latestFirst) {
        this.samples = List.of(latestFirst).iterator();
    }

    int pulled() {
        return pulled;
    }

    @Override
    public boolean hasNext() {
        return samples.hasNext();
    }

    @Override
    public Sample next() {
        pulled++;
        return samples.next();
    }
}
