package org.hotsched.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the bridge tells a policy about the machine. Its methods are cheap and allocation-free, except
 * {@link #cgroupIdsUnder}, which is for configuring, not for every task.
 */
@ProviderType
public interface PolicyContext {

    /** The CPUs, their SMT siblings, caches and NUMA nodes. */
    CpuTopology topology();

    /** Monotonic clock in nanoseconds (virtual time under the simulator). */
    long nowNs();

    /** Whether {@code cpu} is idle right now. */
    boolean isCpuIdle(int cpu);

    /**
     * Tasks the kernel has queued for user space that have not reached the policy yet. Measured on every
     * backend (on sched_ext: records in the ring buffer not yet read).
     */
    int backlog();

    /**
     * Tasks already dispatched, by policies or the kernel side's safety nets, that wait in the kernel's
     * queues for a CPU (not those running). Measured on every backend (on sched_ext: counted by the BPF side
     * as tasks go into its DSQs and start running). Policies that keep their own order hand the kernel about
     * one task per CPU at a time by testing this; the bridge tells the kernel side that they hold tasks, and
     * it wakes them as soon as a CPU wants work.
     */
    int queuedInKernel();

    /**
     * The ids ({@link TaskView#cgroupId()}) of the cgroup v2 at {@code path}, from the cgroup root (for
     * example {@code /system.slice/nginx.service}), and of every cgroup below it, ascending; empty when
     * there is none. Reads the cgroup file system (the simulator: its workload's cgroups) and allocates:
     * call it when (re)configuring, not per task.
     */
    default long[] cgroupIdsUnder(String path) {
        return new long[0];
    }

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

    /**
     * Whether at least one task per CPU already waits in the kernel's queues ({@link #queuedInKernel}): a policy
     * that keeps about one per CPU queued there, and orders the rest itself, holds what it has until not.
     */
    default boolean kernelQueuesFull() {
        return queuedInKernel() >= topology().nrCpus();
    }

    /** Whether any CPU is idle now ({@link #isCpuIdle}); a policy that places tasks only on idle CPUs may stop when none is. */
    default boolean anyCpuIdle() {
        for (int cpu = 0, n = topology().nrCpus(); cpu < n; cpu++) {
            if (isCpuIdle(cpu)) {
                return true;
            }
        }
        return false;
    }
}
