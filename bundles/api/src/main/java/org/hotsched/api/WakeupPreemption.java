package org.hotsched.api;

/**
 * Which decisions preempt ({@link DispatchSink#PREEMPT}): those for a task that just woke, when no CPU it may
 * use is idle (the policy's choice was {@link DispatchSink#CPU_ANY}), at most one per interval, so a burst of
 * wake-ups does not become a burst of preemptions, nor starve the tasks they preempt. One per policy instance,
 * used on the dispatch thread; allocation-free.
 */
public final class WakeupPreemption {

    private final long intervalNs;
    private long lastNs = Long.MIN_VALUE / 2;

    /** @param intervalNs the shortest time between two preempting decisions, ns (the policy's minimum slice, say) */
    public WakeupPreemption(long intervalNs) {
        if (intervalNs < 0) {
            throw new IllegalArgumentException("intervalNs must not be negative: " + intervalNs);
        }
        this.intervalNs = intervalNs;
    }

    /** The flags for dispatching {@code task} to {@code cpu} at {@code nowNs}: {@link DispatchSink#PREEMPT} or 0. */
    public int flags(TaskView task, int cpu, long nowNs) {
        if (cpu != DispatchSink.CPU_ANY || (task.enqFlags() & EnqueueFlags.WAKEUP) == 0 || nowNs - lastNs < intervalNs) {
            return 0;
        }
        lastNs = nowNs;
        return DispatchSink.PREEMPT;
    }
}
