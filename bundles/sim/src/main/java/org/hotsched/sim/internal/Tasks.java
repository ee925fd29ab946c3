package org.hotsched.sim.internal;

import java.util.Arrays;

/**
 * Every simulated task, one slot per task, as parallel primitive arrays. Slots of exited tasks are reused;
 * the arrays grow only when more tasks are alive than ever before.
 */
final class Tasks {

    /** Slot unused. */
    static final byte FREE = 0;
    /** Blocked: a wake-up event is pending. */
    static final byte SLEEPING = 1;
    /** Runnable, its enqueue handed to user space (in the queued ring or held by the policy). */
    static final byte WAITING_USER = 2;
    /** Runnable and in a dispatch queue. */
    static final byte QUEUED = 3;
    /** On a CPU. */
    static final byte RUNNING = 4;

    /** Burst length of a task that never stops by itself. */
    static final long ENDLESS = Long.MAX_VALUE;

    int[] pid;
    int[] group;
    int[] classId;
    int[] weight;
    /** The CPU a kernel thread is bound to; -1 for every other task. */
    int[] pinnedCpu;
    int[] prevCpu;
    byte[] state;
    byte[] behaviour;
    /** Increments on every enqueue towards user space; never reset, not even when the slot is reused. */
    long[] generation;
    /** The generation of the last enqueue user space dispatched, to tell duplicates from stale decisions. */
    long[] userDispatchedGen;
    long[] vtime;
    long[] runtimeSinceSleep;
    long[] nvcsw;
    long[] burstLeft;
    long[] runnableSince;
    long[] sliceNs;
    long[] cpuTimeNs;

    private int[] freeSlots;
    private int freeCount;
    private int highWater;
    private int live;

    Tasks(int initialCapacity) {
        int n = Math.max(16, initialCapacity);
        pid = new int[n];
        group = new int[n];
        classId = new int[n];
        weight = new int[n];
        pinnedCpu = new int[n];
        prevCpu = new int[n];
        state = new byte[n];
        behaviour = new byte[n];
        generation = new long[n];
        userDispatchedGen = new long[n];
        vtime = new long[n];
        runtimeSinceSleep = new long[n];
        nvcsw = new long[n];
        burstLeft = new long[n];
        runnableSince = new long[n];
        sliceNs = new long[n];
        cpuTimeNs = new long[n];
        freeSlots = new int[n];
    }

    /** Slots ever used: every live task has a slot below this. */
    int highWater() {
        return highWater;
    }

    int live() {
        return live;
    }

    /** A cleared slot for a new task (generation carried over from the slot's previous task). */
    int allocate() {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (highWater == pid.length) {
                grow(pid.length * 2);
            }
            slot = highWater++;
        }
        live++;
        pid[slot] = 0;
        group[slot] = 0;
        classId[slot] = 0;
        weight[slot] = 0;
        pinnedCpu[slot] = -1;
        prevCpu[slot] = 0;
        state[slot] = SLEEPING;
        behaviour[slot] = 0;
        userDispatchedGen[slot] = -1;
        vtime[slot] = 0;
        runtimeSinceSleep[slot] = 0;
        nvcsw[slot] = 0;
        burstLeft[slot] = 0;
        runnableSince[slot] = 0;
        sliceNs[slot] = 0;
        cpuTimeNs[slot] = 0;
        return slot;
    }

    void free(int slot) {
        state[slot] = FREE;
        pid[slot] = 0;
        live--;
        freeSlots[freeCount++] = slot;
    }

    private void grow(int n) {
        pid = Arrays.copyOf(pid, n);
        group = Arrays.copyOf(group, n);
        classId = Arrays.copyOf(classId, n);
        weight = Arrays.copyOf(weight, n);
        pinnedCpu = Arrays.copyOf(pinnedCpu, n);
        prevCpu = Arrays.copyOf(prevCpu, n);
        state = Arrays.copyOf(state, n);
        behaviour = Arrays.copyOf(behaviour, n);
        generation = Arrays.copyOf(generation, n);
        userDispatchedGen = Arrays.copyOf(userDispatchedGen, n);
        vtime = Arrays.copyOf(vtime, n);
        runtimeSinceSleep = Arrays.copyOf(runtimeSinceSleep, n);
        nvcsw = Arrays.copyOf(nvcsw, n);
        burstLeft = Arrays.copyOf(burstLeft, n);
        runnableSince = Arrays.copyOf(runnableSince, n);
        sliceNs = Arrays.copyOf(sliceNs, n);
        cpuTimeNs = Arrays.copyOf(cpuTimeNs, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }
}
