package org.hotsched.sim.internal;

import org.hotsched.api.TaskBuffer;

/**
 * The kernel-to-user ring of queued-task records, fixed capacity as a BPF ring buffer. Each record is a
 * snapshot taken at enqueue time, so a stale record stays what it was when the kernel wrote it.
 */
final class QueuedRing {

    private final int capacity;
    private final int[] pid;
    private final int[] group;
    private final int[] prevCpu;
    private final int[] weight;
    private final long[] runtimeNs;
    private final long[] nvcsw;
    private final long[] flags;
    private final long[] generation;
    private final long[] vtime;
    private int head;
    private int size;
    private long pushed;

    QueuedRing(int capacity) {
        this.capacity = capacity;
        pid = new int[capacity];
        group = new int[capacity];
        prevCpu = new int[capacity];
        weight = new int[capacity];
        runtimeNs = new long[capacity];
        nvcsw = new long[capacity];
        flags = new long[capacity];
        generation = new long[capacity];
        vtime = new long[capacity];
    }

    int size() {
        return size;
    }

    /** Records ever written. */
    long pushed() {
        return pushed;
    }

    /** Writes the record of task {@code slot}; {@code false} when the ring is full. */
    boolean push(Tasks tasks, int slot, long enqFlags) {
        if (size == capacity) {
            return false;
        }
        pushed++;
        int i = head + size++;
        if (i >= capacity) {
            i -= capacity;
        }
        pid[i] = tasks.pid[slot];
        group[i] = tasks.group[slot];
        prevCpu[i] = tasks.prevCpu[slot];
        weight[i] = tasks.weight[slot];
        runtimeNs[i] = tasks.runtimeSinceSleep[slot];
        nvcsw[i] = tasks.nvcsw[slot];
        flags[i] = enqFlags;
        generation[i] = tasks.generation[slot];
        vtime[i] = tasks.vtime[slot];
        return true;
    }

    /** Moves up to {@code max} records, oldest first, to the end of {@code into}; returns how many. */
    int drainTo(TaskBuffer into, int max, WorkloadModel model) {
        int n = Math.min(max, size);
        for (int k = 0; k < n; k++) {
            int g = group[head];
            byte[] comm = model.comm[g];
            into.append()
                    .pid(pid[head])
                    .tgid(pid[head])
                    .prevCpu(prevCpu[head])
                    .weight(weight[head])
                    .runtimeNs(runtimeNs[head])
                    .nvcsw(nvcsw[head])
                    .enqFlags(flags[head])
                    .generation(generation[head])
                    .vtime(vtime[head])
                    .cgroupId(model.cgroupId[g])
                    .cpuMask(model.mask[g])
                    .comm(comm, comm.length);
            head = head + 1 == capacity ? 0 : head + 1;
            size--;
        }
        return n;
    }
}
