package org.hotsched.sim.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The kernel's counters, written by the simulation thread only. Opaque access keeps every value whole and
 * eventually visible to a reader on another thread without fences or locks on the hot path.
 */
public final class Counters {

    public static final int EVENTS = 0;
    public static final int NOW_NS = 1;
    public static final int ENQUEUED_TO_USER = 2;
    public static final int DISPATCHED_BY_USER = 3;
    public static final int DISPATCHED_BY_FALLBACK = 4;
    public static final int CONGESTED = 5;
    public static final int KERNEL_DIRECT = 6;
    public static final int CANCELLED_STALE = 7;
    public static final int INVALID_PID = 8;
    public static final int BOUNCED = 9;
    public static final int DUPLICATES = 10;
    public static final int OUTSTANDING = 11;
    public static final int BACKLOG = 12;
    public static final int HELD_BY_USER = 13;
    public static final int WAKEUPS = 14;
    public static final int FORKS = 15;
    public static final int EXITS = 16;
    public static final int SLICE_EXPIRIES = 17;
    public static final int RUNNING_CPUS = 18;
    public static final int LIVE_TASKS = 19;
    public static final int PREEMPTIONS = 20;
    public static final int HELD_STALLS = 21;

    /** Display names, indexed by the constants above. */
    public static final List<String> NAMES = List.of(
            "events", "nowNs", "enqueuedToUser", "dispatchedByUser", "dispatchedByFallback", "congested",
            "kernelDirect", "cancelledStale", "invalidPid", "bounced", "duplicates", "outstanding", "backlog",
            "heldByUser", "wakeups", "forks", "exits", "sliceExpiries", "runningCpus", "liveTasks", "preemptions",
            "heldStalls");

    private final AtomicLongArray values = new AtomicLongArray(NAMES.size());

    void increment(int id) {
        values.setOpaque(id, values.getPlain(id) + 1);
    }

    void add(int id, long delta) {
        values.setOpaque(id, values.getPlain(id) + delta);
    }

    void set(int id, long value) {
        values.setOpaque(id, value);
    }

    /** The value as last written; safe from any thread. */
    public long get(int id) {
        return values.getOpaque(id);
    }

    /** Every counter by name, in a fixed order; safe from any thread (values may lag a little). */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            out.put(NAMES.get(i), values.getOpaque(i));
        }
        return out;
    }
}
