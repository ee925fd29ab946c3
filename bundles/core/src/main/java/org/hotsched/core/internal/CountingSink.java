package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;

/** Passes decisions to the backend, filling in the default slice, marking the target CPU busy, and counting them. */
final class CountingSink implements DispatchSink {

    private final SchedulerBackend backend;
    private final BridgeContext context;
    private final BridgeCounters counters;
    private final long defaultSliceNs;
    private final boolean builtin;

    /** @param builtin whether the decisions come from the built-in fallback policy */
    CountingSink(SchedulerBackend backend, BridgeContext context, BridgeCounters counters, long defaultSliceNs,
                 boolean builtin) {
        this.backend = backend;
        this.context = context;
        this.counters = counters;
        this.defaultSliceNs = defaultSliceNs;
        this.builtin = builtin;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime) {
        boolean sent = backend.dispatch(pid, generation, cpu, sliceNs == 0 ? defaultSliceNs : sliceNs, vtime);
        if (sent) {
            context.claim(cpu);
            counters.dispatched(builtin);
        }
        return sent;
    }

    @Override
    public int remaining() {
        return backend.dispatchRoom();
    }
}
