package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A key's samples, latest first, with one order's sample replaced: the index as it was before an event. Lazy: it reads
 * the underlying samples only as far as the caller asks, so a policy that stops early makes a store fetch no more.
 */
final class Swapped implements Iterator<Sample> {
    private final Iterator<Sample> samples;
    private final OrderId order;
    private Sample extra;
    private Sample next;
    private boolean looked;

    Swapped(Iterator<Sample> samples, OrderId order, Optional<Sample> instead) {
        this.samples = samples;
        this.order = order;
        this.extra = instead.orElse(null);
    }

    /** @return the next underlying sample of another order, read once; null when there is none */
    private Sample peek() {
        if (!looked) {
            next = null;
            while (samples.hasNext()) {
                Sample s = samples.next();
                if (!s.orderId().equals(order)) {
                    next = s;
                    break;
                }
            }
            looked = true;
        }
        return next;
    }

    @Override
    public boolean hasNext() {
        return extra != null || peek() != null;
    }

    @Override
    public Sample next() {
        Sample n = peek();
        if (extra != null && (n == null || Sample.LATEST_FIRST.compare(extra, n) < 0)) {
            Sample s = extra;
            extra = null;
            return s;
        }
        if (n == null) {
            throw new NoSuchElementException();
        }
        looked = false;
        return n;
    }
}
