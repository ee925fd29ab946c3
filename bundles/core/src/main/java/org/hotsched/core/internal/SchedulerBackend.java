package org.hotsched.core.internal;

import java.util.Map;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.sim.StarvedWaits;

/**
 * The kernel side of the bridge: where runnable tasks come from and decisions go. The simulated kernel is
 * one implementation, the sched_ext BPF scheduler another. Every method except {@link #wakeUp()},
 * {@link #kernelState()}, {@link #counters()} and {@link #close()} is called only from the dispatch thread.
 */
interface SchedulerBackend extends AutoCloseable {

    /** {@code sim} or {@code bpf}. */
    String name();

    CpuTopology topology();

    /** The backend's monotonic clock (virtual for the simulator), ns. */
    long nowNs();

    boolean isCpuIdle(int cpu);

    /** The ids of the cgroup at {@code path} and those below it, ascending (see {@code PolicyContext}). */
    long[] cgroupIdsUnder(String path);

    /** Tasks queued for user space and not yet returned by {@link #poll}. */
    int backlog();

    /** Dispatched tasks waiting in the kernel's queues for a CPU. */
    int queuedInKernel();

    /**
     * Waits at most {@code timeoutNs} for runnable tasks. Returns the backend's own batch, valid until the
     * next call; it is empty when the wait ran out or when a CPU wants the policy to dispatch what it holds.
     */
    TaskBatch poll(long timeoutNs);

    /**
     * Ends a {@link #poll} in progress at once (it returns what it has, perhaps nothing), or the next one when
     * none is: a policy swap or a stop waits for the dispatch thread, which an idle machine would leave in its
     * wait. Any thread.
     */
    void wakeUp();

    /** Sends one decision ({@code flags}: {@code DispatchSink.PREEMPT}); {@code false} when there is no room now. */
    boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags);

    /** Tasks the kernel side's stall safety net has dispatched so far. Dispatch thread; no allocation. */
    long stallFallbacks();

    /**
     * Of {@link #stallFallbacks()}, the tasks the bridge had read and its policy held past the held budget
     * ({@code HOTSCHED_HELD_BUDGET_NS}, 1 s) while the bridge kept finishing rounds: what a policy caused, as
     * opposed to a late, starved or stuck JVM. Dispatch thread; no allocation.
     */
    long heldStalls();

    /**
     * The starved waits counted so far, by bucket, into {@code into} ({@link StarvedWaits#BUCKETS} long): how long
     * CPUs that went idle while the bridge had tasks to decide (held, or not read yet) waited until they ran one,
     * in this backend's time ({@link #nowNs}). The buckets are intf.h's on every backend. Dispatch thread; no
     * allocation.
     */
    void starvedWaits(long[] into);

    /** How many more decisions fit now. */
    int dispatchRoom();

    /** Tells the kernel side how many tasks user space still holds, so it keeps asking for them. */
    void notifyPending(int heldByUserSpace);

    /** What the backend knows of the kernel, for {@code sched:status}. Any thread. */
    Map<String, String> kernelState();

    /** The backend's own counters (safety nets, cancelled decisions, ...). Any thread. */
    Map<String, Long> counters();

    @Override
    void close();
}
