package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;

import java.util.ArrayList;
import java.util.List;

/** A driver that keeps what the extension emitted and rejected as it reads it from each answer. */
abstract class RecordingDriver implements WaitTimesDriver {
    /** Every update observed since start, in order. */
    protected final List<ObservedWaitTime> updates = new ArrayList<>();
    /** Every rejection observed since start, in order. */
    protected final List<ObservedRejection> rejections = new ArrayList<>();

    @Override
    public List<ObservedWaitTime> updates() {
        return List.copyOf(updates);
    }

    @Override
    public List<ObservedRejection> rejections() {
        return List.copyOf(rejections);
    }
}
