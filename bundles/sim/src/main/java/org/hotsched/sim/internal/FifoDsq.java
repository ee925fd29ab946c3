package org.hotsched.sim.internal;

/** A first-in first-out dispatch queue of task slots in a growable ring: local queues and the fallback queue. */
final class FifoDsq {

    private int[] ring;
    private int head;
    private int size;

    FifoDsq(int initialCapacity) {
        ring = new int[Math.max(4, initialCapacity)];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int task) {
        if (size == ring.length) {
            grow();
        }
        ring[(head + size++) % ring.length] = task;
    }

    /** Removes and returns the oldest task, or -1 when empty. */
    int poll() {
        if (size == 0) {
            return -1;
        }
        int task = ring[head];
        head = (head + 1) % ring.length;
        size--;
        return task;
    }

    /** Removes and returns the oldest task that may run on {@code cpu}, or -1 when there is none. */
    int pollAllowed(int cpu, Affinity affinity) {
        for (int i = 0; i < size; i++) {
            int task = ring[(head + i) % ring.length];
            if (affinity.allowed(task, cpu)) {
                for (int j = i; j > 0; j--) {
                    ring[(head + j) % ring.length] = ring[(head + j - 1) % ring.length];
                }
                head = (head + 1) % ring.length;
                size--;
                return task;
            }
        }
        return -1;
    }

    private void grow() {
        int[] bigger = new int[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }
}
