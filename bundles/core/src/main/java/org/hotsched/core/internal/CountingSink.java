package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;

/**
 * Passes decisions to the backend: checks each against the tasks policies were given, fills in the
 * default slice, clamps a slice outside {@link #MIN_SLICE_NS}..{@link #MAX_SLICE_NS} (the BPF side would
 * otherwise take a negative one as an endless slice), puts the vtime on the scale all policies share ({@link VtimeScale}), marks the target CPU
 * busy for the round, and counts. An invalid decision is corrected
 * where it can be (a CPU the task may not use becomes {@link #CPU_ANY}), dropped where it cannot (a pid
 * never handed out), and remembered for the dispatch thread to judge the policy by.
 */
final class CountingSink implements DispatchSink {

    private final SchedulerBackend backend;
    private final BridgeContext context;
    private final BridgeCounters counters;
    private final OutstandingTasks outstanding;
    private final long defaultSliceNs;
    private final boolean builtin;
    private final VtimeScale.Source vtimes;
    private String firstInvalid;
    /** The dispatch thread: a thread the supervisor abandoned inside a policy may still call, and is refused. */
    private volatile Thread owner;
    private long sent;

    /** @param builtin whether the decisions come from the built-in fallback policy */
    CountingSink(SchedulerBackend backend, BridgeContext context, BridgeCounters counters, OutstandingTasks outstanding,
                 VtimeScale.Source vtimes, long defaultSliceNs, boolean builtin) {
        this.backend = backend;
        this.context = context;
        this.counters = counters;
        this.outstanding = outstanding;
        this.defaultSliceNs = defaultSliceNs;
        this.builtin = builtin;
        this.vtimes = vtimes;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        if (Thread.currentThread() != owner) {
            return false;
        }
        int problem = outstanding.check(pid, cpu);
        if (problem != OutstandingTasks.VALID) {
            if (firstInvalid == null) {
                firstInvalid = outstanding.describe(problem, pid, cpu);
            }
            if (problem == OutstandingTasks.UNKNOWN_PID) {
                return true;
            }
            cpu = CPU_ANY;
        }
        long slice = sliceNs == 0 ? defaultSliceNs : SliceLimits.clamp(sliceNs, defaultSliceNs);
        if (slice != sliceNs && sliceNs != 0 && firstInvalid == null) {
            firstInvalid = "a decision for pid " + pid + " with a slice of " + sliceNs + " ns (allowed: 0 or "
                    + MIN_SLICE_NS + " to " + MAX_SLICE_NS + "; " + slice + " ns used)";
        }
        boolean sent = backend.dispatch(pid, generation, cpu, slice, vtimes.rebase(vtime), flags);
        if (sent) {
            this.sent++;
            outstanding.remove(pid);
            context.claim(cpu);
            counters.dispatched(builtin);
        }
        return sent;
    }

    @Override
    public int remaining() {
        return Thread.currentThread() != owner ? 0 : backend.dispatchRoom();
    }

    /** The thread whose decisions go through from now on; {@code null}: none, while a new one takes over. */
    void owner(Thread dispatchThread) {
        owner = dispatchThread;
    }

    /** Decisions sent to the backend so far. */
    long sent() {
        return sent;
    }

    /** A swap happened: this sink's next keys start above everything queued before it. */
    void restartVtimes() {
        vtimes.restart();
    }

    /** The first invalid decision since the last call, or {@code null}; clears it. */
    String takeInvalid() {
        String invalid = firstInvalid;
        firstInvalid = null;
        return invalid;
    }
}
