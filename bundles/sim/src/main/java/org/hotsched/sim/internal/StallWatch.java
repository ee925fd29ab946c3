package org.hotsched.sim.internal;

/**
 * Every hand-over to user space in time order: (task slot, generation, since, record number). Looked at from the
 * head only, as the BPF side's queue of waiters is: a record user space has read gets the longer held budget, so
 * while one heads the queue the entries behind it wait for it. Entries whose task was dispatched meanwhile are
 * dropped lazily when they reach the head.
 */
final class StallWatch {

    private int[] slot;
    private long[] generation;
    private long[] since;
    private long[] seq;
    private int head;
    private int size;

    StallWatch(int initialCapacity) {
        int n = Math.max(16, initialCapacity);
        slot = new int[n];
        generation = new long[n];
        since = new long[n];
        seq = new long[n];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** @param recordNumber the record's number in the queued ring, 1 for the first ever written */
    void add(int task, long gen, long at, long recordNumber) {
        if (size == slot.length) {
            grow();
        }
        int i = (head + size++) % slot.length;
        slot[i] = task;
        generation[i] = gen;
        since[i] = at;
        seq[i] = recordNumber;
    }

    long headRecordNumber() {
        return seq[head];
    }

    int headSlot() {
        return slot[head];
    }

    long headGeneration() {
        return generation[head];
    }

    long headSince() {
        return since[head];
    }

    void pop() {
        head = (head + 1) % slot.length;
        size--;
    }

    private void grow() {
        int n = slot.length * 2;
        int[] s = new int[n];
        long[] g = new long[n];
        long[] t = new long[n];
        long[] q = new long[n];
        for (int i = 0; i < size; i++) {
            int j = (head + i) % slot.length;
            s[i] = slot[j];
            g[i] = generation[j];
            t[i] = since[j];
            q[i] = seq[j];
        }
        slot = s;
        generation = g;
        since = t;
        seq = q;
        head = 0;
    }
}
