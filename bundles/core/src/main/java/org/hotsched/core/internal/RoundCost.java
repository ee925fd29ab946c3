package org.hotsched.core.internal;

/**
 * What one dispatch round cost the thread that ran it, as {@link Probation} judges a policy by: CPU time, time
 * blocked (neither on a CPU nor waiting for one nor stopped for a GC: a sleep, a lock, I/O) and heap allocated.
 * All 0 when the round was not measured. One instance per loop, filled again each round.
 */
final class RoundCost {

    private long cpuNs;
    private long blockedNs;
    private long allocatedBytes;
    private boolean measured;

    static RoundCost of(long cpuNs, long blockedNs, long allocatedBytes) {
        RoundCost cost = new RoundCost();
        cost.set(cpuNs, blockedNs, allocatedBytes);
        return cost;
    }

    void set(long cpuNs, long blockedNs, long allocatedBytes) {
        this.cpuNs = cpuNs;
        this.blockedNs = blockedNs;
        this.allocatedBytes = allocatedBytes;
        this.measured = true;
    }

    void clear() {
        set(0, 0, 0);
        measured = false;
    }

    /** Whether the round was measured: only a measured round tells a slow policy from one that is not. */
    boolean measured() {
        return measured;
    }

    long cpuNs() {
        return cpuNs;
    }

    long blockedNs() {
        return blockedNs;
    }

    long allocatedBytes() {
        return allocatedBytes;
    }
}
