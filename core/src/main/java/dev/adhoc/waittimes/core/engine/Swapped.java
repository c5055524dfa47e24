package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/** A key's samples, latest first, with one order's sample replaced: the index as it was before an event. */
final class Swapped implements Iterator<Sample> {
    private final Iterator<Sample> samples;
    private final OrderId order;
    private Sample extra;
    private Sample next;

    Swapped(Iterator<Sample> samples, OrderId order, Optional<Sample> instead) {
        this.samples = samples;
        this.order = order;
        this.extra = instead.orElse(null);
        advance();
    }

    private void advance() {
        next = null;
        while (samples.hasNext()) {
            Sample s = samples.next();
            if (!s.orderId().equals(order)) {
                next = s;
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        return next != null || extra != null;
    }

    @Override
    public Sample next() {
        if (extra != null && (next == null || Sample.LATEST_FIRST.compare(extra, next) < 0)) {
            Sample s = extra;
            extra = null;
            return s;
        }
        if (next == null) {
            throw new NoSuchElementException();
        }
        Sample s = next;
        advance();
        return s;
    }
}
