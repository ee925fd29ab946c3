package org.hotsched.sim.internal;

import java.util.Arrays;

/**
 * A dispatch queue ordered by vtime, ties first-in first-out: a binary min-heap of task slots. Used for each
 * CPU's user queue and for the shared queue.
 */
final class VtimeDsq {

    private long[] vtime;
    private long[] seq;
    private int[] slot;
    private int size;
    private long nextSeq;

    VtimeDsq(int initialCapacity) {
        int n = Math.max(4, initialCapacity);
        vtime = new long[n];
        seq = new long[n];
        slot = new int[n];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void insert(long key, int task) {
        if (size == slot.length) {
            int n = size * 2;
            vtime = Arrays.copyOf(vtime, n);
            seq = Arrays.copyOf(seq, n);
            slot = Arrays.copyOf(slot, n);
        }
        int i = size++;
        vtime[i] = key;
        seq[i] = nextSeq++;
        slot[i] = task;
        siftUp(i);
    }

    /** Removes and returns the task with the smallest vtime, or -1 when empty. */
    int pollFirst() {
        if (size == 0) {
            return -1;
        }
        int task = slot[0];
        removeAt(0);
        return task;
    }

    /**
     * Removes and returns the first task (by vtime) that may run on {@code cpu}, or -1 when there is none. The
     * head usually qualifies; otherwise the whole queue is searched, as the kernel skips tasks a CPU cannot run.
     */
    int pollFirstAllowed(int cpu, Affinity affinity) {
        if (size == 0) {
            return -1;
        }
        if (affinity.allowed(slot[0], cpu)) {
            return pollFirst();
        }
        int best = -1;
        for (int i = 1; i < size; i++) {
            if (affinity.allowed(slot[i], cpu) && (best < 0 || less(i, best))) {
                best = i;
            }
        }
        if (best < 0) {
            return -1;
        }
        int task = slot[best];
        removeAt(best);
        return task;
    }

    private void removeAt(int i) {
        size--;
        if (i == size) {
            return;
        }
        vtime[i] = vtime[size];
        seq[i] = seq[size];
        slot[i] = slot[size];
        siftDown(i);
        siftUp(i);
    }

    private boolean less(int a, int b) {
        return vtime[a] < vtime[b] || (vtime[a] == vtime[b] && seq[a] < seq[b]);
    }

    private void swap(int a, int b) {
        long v = vtime[a];
        vtime[a] = vtime[b];
        vtime[b] = v;
        long s = seq[a];
        seq[a] = seq[b];
        seq[b] = s;
        int t = slot[a];
        slot[a] = slot[b];
        slot[b] = t;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int child = right < size && less(right, left) ? right : left;
            if (!less(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }
}
