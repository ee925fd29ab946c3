package org.hotsched.sim.internal;

/**
 * Per-CPU state: the running task, when it started, the idle mask, and the CPU's two own dispatch queues — the
 * local FIFO that kernel-direct inserts use and the vtime-ordered queue user-space decisions target.
 */
final class Cpus {

    final int nrCpus;
    /** Slot of the task running on each CPU, -1 when none. */
    final int[] running;
    final long[] runStart;
    /** When the running task's STOP event is due; a STOP event at another time is stale (the task was preempted). */
    final long[] stopAt;
    final FifoDsq[] local;
    final VtimeDsq[] user;
    private final long[] idle;
    private int idleCount;

    Cpus(int nrCpus) {
        this.nrCpus = nrCpus;
        running = new int[nrCpus];
        runStart = new long[nrCpus];
        stopAt = new long[nrCpus];
        local = new FifoDsq[nrCpus];
        user = new VtimeDsq[nrCpus];
        idle = new long[(nrCpus + 63) >>> 6];
        for (int cpu = 0; cpu < nrCpus; cpu++) {
            running[cpu] = -1;
            local[cpu] = new FifoDsq(16);
            user[cpu] = new VtimeDsq(16);
            idle[cpu >>> 6] |= 1L << (cpu & 63);
        }
        idleCount = nrCpus;
    }

    /**
     * Whether the CPU is idle. A CPU between two tasks (its last one just stopped, the next not yet chosen) is
     * not idle: it is dispatching.
     */
    boolean isIdle(int cpu) {
        return (idle[cpu >>> 6] & (1L << (cpu & 63))) != 0;
    }

    void markIdle(int cpu) {
        idle[cpu >>> 6] |= 1L << (cpu & 63);
        idleCount++;
    }

    void markBusy(int cpu) {
        idle[cpu >>> 6] &= ~(1L << (cpu & 63));
        idleCount--;
    }

    int busyCount() {
        return nrCpus - idleCount;
    }

    /** The lowest-numbered idle CPU the task may use, or -1. */
    int firstIdleAllowed(int slot, Affinity affinity) {
        if (idleCount == 0) {
            return -1;
        }
        for (int w = 0; w < idle.length; w++) {
            long bits = idle[w] & affinity.maskWord(slot, w);
            if (bits != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    /** Nothing waits in the CPU's own queues. */
    /** Tasks waiting in every CPU's own queues. */
    int queuedOnCpus() {
        int n = 0;
        for (int cpu = 0; cpu < local.length; cpu++) {
            n += local[cpu].size() + user[cpu].size();
        }
        return n;
    }

    boolean ownQueuesEmpty(int cpu) {
        return local[cpu].isEmpty() && user[cpu].isEmpty();
    }
}
