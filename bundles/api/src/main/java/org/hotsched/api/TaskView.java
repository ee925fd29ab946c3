package org.hotsched.api;

/**
 * Read-only view of one runnable task, as the kernel reported it when it enqueued the task.
 *
 * <p>Views are flyweights: a batch repositions the same object for every task, so never keep a reference
 * to one past the call that gave it to you.
 */
public interface TaskView {

    /** Thread id (the kernel's pid). */
    int pid();

    /** Process id (the kernel's tgid): the same for every thread of a process. */
    int tgid();

    /** CPU the task last ran on, or was selected for at wake-up. */
    int prevCpu();

    /** How many CPUs the task may run on. */
    int nrCpusAllowed();

    /** Whether the task may run on {@code cpu}. */
    boolean cpuAllowed(int cpu);

    /** CPUs {@code 64*word .. 64*word+63} the task may run on, as bits 0..63. */
    default long cpuMaskWord(int word) {
        long bits = 0;
        for (int b = 0; b < 64; b++) {
            if (cpuAllowed((word << 6) + b)) {
                bits |= 1L << b;
            }
        }
        return bits;
    }

    /** Scheduling weight, 1..10000; 100 is nice 0 (see {@link Weights}). */
    int weight();

    /** CPU time consumed since the task last went to sleep, in nanoseconds. */
    long runtimeNs();

    /** Voluntary context switches so far (how often the task slept by itself). */
    long nvcsw();

    /** The kernel's enqueue flags ({@link EnqueueFlags}). */
    long enqFlags();

    /**
     * Enqueue generation: increases every time the kernel enqueues this task. Echo it in the decision, so a
     * decision about an older enqueue is recognised as stale and dropped instead of dispatching twice.
     */
    long generation();

    /** The task's virtual time as the kernel holds it (ns); 0 when the kernel keeps none. */
    long vtime();

    /**
     * The task's cgroup (v2) id: the inode number of its directory under {@code /sys/fs/cgroup}, as
     * {@link PolicyContext#cgroupIdsUnder} returns them; 0 when unknown.
     */
    default long cgroupId() {
        return 0;
    }

    /** Copies the task's command name (at most 16 bytes, no terminator) into {@code dst}; returns its length. */
    int copyComm(byte[] dst);

    /** The command name as a String. Allocates: for logs, rules and tests, not for the hot path. */
    String comm();

    /** Nice value derived from {@link #weight()}. */
    default int nice() {
        return Weights.niceOf(weight());
    }
}
