package org.hotsched.core.internal;

import java.util.Arrays;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskView;

/**
 * The tasks handed to policies and not yet decided on, by pid, with their allowed CPUs and how many
 * records of the pid policies hold (a task re-enqueued while an older record waits has two). It lets the
 * bridge recognise an invalid decision (a pid it never handed out, a CPU out of range or not allowed)
 * whatever the backend. A CPU counts as allowed when a record of the pid allowed it since the pid last had
 * none in flight: a task's affinity can change between two records (stress-ng --aggressive changes it all
 * the time), and a policy deciding on the older record by the mask it was given is right; the kernel side
 * checks the task's current affinity itself. A pid whose latest record is older than {@link #STALE_NS} is
 * forgotten ({@link #dropStale}). Open addressing on primitive arrays: no allocation once sized. Dispatch thread
 * only.
 */
final class OutstandingTasks {

    private static final int EMPTY = 0;
    /**
     * Age of a record past which no decision on it can still matter: the kernel side's safety nets ran the task
     * long before (after its held budget, 1 s as shipped), or it exited while a policy held it.
     */
    static final long STALE_NS = 30_000_000_000L;
    static final long SWEEP_EVERY_NS = 10_000_000_000L;

    private final int nrCpus;
    private final int maskWords;
    private int[] pids;
    private int[] records;
    private long[] masks;
    /** When the latest record of each slot's pid arrived. */
    private long[] seen;
    private int size;
    /** Pids found stale by a sweep, forgotten after it: a sweep does not change the table while scanning it. */
    private final int[] stale = new int[1024];
    private boolean sweepScheduled;
    private long nextSweepNs;

    OutstandingTasks(int initialCapacity, int nrCpus) {
        this.nrCpus = nrCpus;
        this.maskWords = (nrCpus + 63) >>> 6;
        allocate(Integer.highestOneBit(Math.max(16, initialCapacity) * 2 - 1) * 2);
    }

    private void allocate(int capacity) {
        pids = new int[capacity];
        records = new int[capacity];
        masks = new long[capacity * maskWords];
        seen = new long[capacity];
        size = 0;
    }

    /** Remembers every task of a batch handed to a policy at {@code nowNs}. */
    void addAll(TaskBatch batch, long nowNs) {
        for (int i = 0, n = batch.size(); i < n; i++) {
            add(batch.task(i), nowNs);
        }
    }

    void add(TaskView task, long nowNs) {
        int pid = task.pid();
        if (pid == EMPTY) {
            return;
        }
        if ((size + 1) * 2 > pids.length) {
            grow();
        }
        int slot = find(pid);
        if (pids[slot] != pid) {
            pids[slot] = pid;
            records[slot] = 0;
            Arrays.fill(masks, slot * maskWords, (slot + 1) * maskWords, 0L);
            size++;
        }
        records[slot]++;
        seen[slot] = nowNs;
        for (int w = 0; w < maskWords; w++) {
            masks[slot * maskWords + w] |= task.cpuMaskWord(w);
        }
    }

    static final int VALID = 0;
    static final int UNKNOWN_PID = 1;
    static final int CPU_OUT_OF_RANGE = 2;
    static final int CPU_NOT_ALLOWED = 3;

    /** {@link #VALID}, or what is wrong with a decision sending {@code pid} to {@code cpu}. */
    int check(int pid, int cpu) {
        int slot = find(pid);
        if (pid == EMPTY || pids[slot] != pid) {
            return UNKNOWN_PID;
        }
        if (cpu == DispatchSink.CPU_ANY) {
            return VALID;
        }
        if (cpu < 0 || cpu >= nrCpus) {
            return CPU_OUT_OF_RANGE;
        }
        return (masks[slot * maskWords + (cpu >>> 6)] & (1L << (cpu & 63))) == 0 ? CPU_NOT_ALLOWED : VALID;
    }

    /** One line for a {@link #check} result. Allocates: for the error path. */
    String describe(int problem, int pid, int cpu) {
        return switch (problem) {
            case UNKNOWN_PID -> "a decision for pid " + pid + ", which it was not given, or had decided on already";
            case CPU_OUT_OF_RANGE -> "a decision for CPU " + cpu + ", outside 0.." + (nrCpus - 1);
            case CPU_NOT_ALLOWED -> "a decision for pid " + pid + " on CPU " + cpu + ", which the task may not use";
            default -> "a valid decision";
        };
    }

    /** The task was decided on. */
    void remove(int pid) {
        int slot = find(pid);
        if (pids[slot] != pid) {
            return;
        }
        if (--records[slot] > 0) {
            return;
        }
        size--;
        // Backward-shift deletion keeps every probe chain unbroken without tombstones.
        int mask = pids.length - 1;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (pids[next] != EMPTY) {
            int home = hash(pids[next]) & mask;
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                move(next, hole);
                hole = next;
            }
            next = (next + 1) & mask;
        }
        pids[hole] = EMPTY;
    }

    int size() {
        return size;
    }

    /**
     * Forgets the pids whose latest record arrived more than {@link #STALE_NS} before {@code nowNs} and was never
     * decided through the bridge, so the table does not grow with every task the safety nets ran or that exited
     * while held; a policy that decides on one later makes an invalid decision. Looks every
     * {@link #SWEEP_EVERY_NS} (the next round again when one look found more than it forgets at once);
     * allocates nothing. Returns how many it forgot.
     */
    int dropStale(long nowNs) {
        if (!sweepScheduled || nowNs - nextSweepNs < 0) {
            if (!sweepScheduled) {
                sweepScheduled = true;
                nextSweepNs = nowNs + SWEEP_EVERY_NS;
            }
            return 0;
        }
        int n = 0;
        for (int i = 0; i < pids.length && n < stale.length; i++) {
            if (pids[i] != EMPTY && nowNs - seen[i] > STALE_NS) {
                stale[n++] = pids[i];
            }
        }
        for (int k = 0; k < n; k++) {
            records[find(stale[k])] = 1;
            remove(stale[k]);
        }
        nextSweepNs = n == stale.length ? nowNs : nowNs + SWEEP_EVERY_NS;
        return n;
    }

    private void move(int from, int to) {
        pids[to] = pids[from];
        records[to] = records[from];
        seen[to] = seen[from];
        System.arraycopy(masks, from * maskWords, masks, to * maskWords, maskWords);
    }

    private int find(int pid) {
        int mask = pids.length - 1;
        int slot = hash(pid) & mask;
        while (pids[slot] != EMPTY && pids[slot] != pid) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(int pid) {
        return pid * 0x9E3779B9 >>> 7 ^ pid;
    }

    private void grow() {
        int[] oldPids = pids;
        long[] oldMasks = masks;
        int[] oldRecords = records;
        long[] oldSeen = seen;
        allocate(oldPids.length * 2);
        for (int i = 0; i < oldPids.length; i++) {
            if (oldPids[i] != EMPTY) {
                int slot = find(oldPids[i]);
                pids[slot] = oldPids[i];
                records[slot] = oldRecords[i];
                seen[slot] = oldSeen[i];
                System.arraycopy(oldMasks, i * maskWords, masks, slot * maskWords, maskWords);
                size++;
            }
        }
        Arrays.fill(oldPids, EMPTY);
    }
}
