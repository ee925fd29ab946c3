package org.hotsched.api;

import org.osgi.annotation.versioning.ProviderType;

/** What the bridge tells a policy about the machine. Its methods are cheap and allocation-free. */
@ProviderType
public interface PolicyContext {

    /** The CPUs, their SMT siblings, caches and NUMA nodes. */
    CpuTopology topology();

    /** Monotonic clock in nanoseconds (virtual time under the simulator). */
    long nowNs();

    /** Whether {@code cpu} is idle right now. */
    boolean isCpuIdle(int cpu);

    /** Tasks the kernel has queued for user space that have not reached the policy yet. */
    int backlog();

    /** Tasks already dispatched that wait in the kernel's queues for a CPU (not those running). */
    int queuedInKernel();

    /** The bridge's default time slice in nanoseconds. */
    long defaultSliceNs();

    /** Where the policy publishes its own counters. */
    PolicyMetrics metrics();

    /**
     * An idle CPU for {@code task}, nearest first: its previous CPU, an SMT sibling, a CPU sharing its last
     * level cache, its NUMA node, then any; {@link DispatchSink#CPU_ANY} when none is idle.
     */
    default int pickIdleCpu(TaskView task) {
        return IdleCpuPicker.pick(this, task);
    }
}
