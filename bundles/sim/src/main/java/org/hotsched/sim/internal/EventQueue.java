package org.hotsched.sim.internal;

import java.util.Arrays;

/**
 * Pending simulation events: a binary min-heap of primitives ordered by time, ties in insertion order (so a
 * run is deterministic). An event is a kind and a target (a task slot or a CPU) packed into one int.
 */
public final class EventQueue {

    /** A sleeping task wakes up; target = task slot. */
    public static final int WAKE = 0;
    /** A new task becomes runnable for the first time; target = task slot. */
    public static final int FORK = 1;
    /** The task running on a CPU reaches the end of its slice or burst; target = CPU. */
    public static final int STOP = 2;
    /** The stall safety net looks for tasks user space sat on too long; target unused. */
    public static final int STALL_CHECK = 3;

    private long[] time;
    private long[] seq;
    private int[] payload;
    private int size;
    private long nextSeq;

    public EventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        time = new long[capacity];
        seq = new long[capacity];
        payload = new int[capacity];
    }

    public static int kind(int event) {
        return event & 3;
    }

    public static int target(int event) {
        return event >>> 2;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void push(long at, int kind, int target) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            payload = Arrays.copyOf(payload, n);
        }
        int i = size++;
        time[i] = at;
        seq[i] = nextSeq++;
        payload[i] = (target << 2) | kind;
        siftUp(i);
    }

    /** Time of the earliest event; the queue must not be empty. */
    public long peekTime() {
        return time[0];
    }

    /** Removes the earliest event and returns it; decode with {@link #kind} and {@link #target}. */
    public int pop() {
        int event = payload[0];
        size--;
        if (size > 0) {
            time[0] = time[size];
            seq[0] = seq[size];
            payload[0] = payload[size];
            siftDown(0);
        }
        return event;
    }

    private boolean less(int a, int b) {
        return time[a] < time[b] || (time[a] == time[b] && seq[a] < seq[b]);
    }

    private void swap(int a, int b) {
        long t = time[a];
        time[a] = time[b];
        time[b] = t;
        long s = seq[a];
        seq[a] = seq[b];
        seq[b] = s;
        int p = payload[a];
        payload[a] = payload[b];
        payload[b] = p;
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
