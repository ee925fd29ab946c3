package org.hotsched.api;

import java.util.Arrays;

/**
 * The tasks a policy holds, ordered by a key the policy chooses (a deadline, a virtual runtime, or an
 * arrival number for FIFO); ties leave in arrival order. Records are copied into primitive arrays, so
 * offering and taking tasks allocates nothing once the queue has reached its largest size. Not thread-safe:
 * owned by the dispatch thread like the policy itself.
 */
public final class TaskQueue {

    private final TaskBuffer slab;
    private int[] freeSlots;
    private int freeCount;
    private int[] heap;
    private long[] keys;
    private long[] arrivals;
    private int size;
    private long nextArrival;

    /**
     * @param initialCapacity tasks held before the first growth
     * @param nrCpus CPUs the allowed-CPU masks must cover ({@code context.topology().nrCpus()})
     */
    public TaskQueue(int initialCapacity, int nrCpus) {
        int capacity = Math.max(1, initialCapacity);
        slab = new TaskBuffer(capacity, nrCpus);
        freeSlots = new int[capacity];
        heap = new int[capacity];
        keys = new long[capacity];
        arrivals = new long[capacity];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Adds a copy of {@code task} with ordering key {@code key} (smallest leaves first). */
    public void offer(TaskView task, long key) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
            slab.set(slot, task);
        } else {
            slot = slab.add(task);
        }
        if (size == heap.length) {
            int n = heap.length * 2;
            heap = Arrays.copyOf(heap, n);
            keys = Arrays.copyOf(keys, n);
            arrivals = Arrays.copyOf(arrivals, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        siftUp(size++, slot, key, nextArrival++);
    }

    /** Adds every task of {@code tasks} with the keys the FIFO order gives them. */
    public void offerAllFifo(TaskBatch tasks) {
        for (int i = 0, n = tasks.size(); i < n; i++) {
            offer(tasks.task(i), nextArrival);
        }
    }

    /** The task with the smallest key, or {@code null} when empty. A reused view: read it before changing the queue. */
    public TaskView peek() {
        return size == 0 ? null : slab.task(heap[0]);
    }

    /** The key of the task {@link #peek()} returns. */
    public long peekKey() {
        if (size == 0) {
            throw new IllegalStateException("queue is empty");
        }
        return keys[0];
    }

    /** Removes the task with the smallest key. */
    public void remove() {
        if (size == 0) {
            throw new IllegalStateException("queue is empty");
        }
        freeSlots[freeCount++] = heap[0];
        size--;
        if (size > 0) {
            siftDown(heap[size], keys[size], arrivals[size]);
        }
    }

    /** Moves every task, smallest key first, to {@code out}; the queue is empty afterwards. */
    public void drainTo(TaskBuffer out) {
        drainTo(out, size);
    }

    /** Moves the {@code max} tasks with the smallest keys (or all, when fewer), smallest first, to {@code out}. */
    public void drainTo(TaskBuffer out, int max) {
        for (int i = 0; i < max && size > 0; i++) {
            out.add(peek());
            remove();
        }
    }

    /** Whether an entry with key {@code k1} that arrived at {@code a1} leaves before one with {@code k2}, {@code a2}. */
    private static boolean precedes(long k1, long a1, long k2, long a2) {
        return k1 < k2 || (k1 == k2 && a1 < a2);
    }

    private void place(int i, int slot, long key, long arrival) {
        heap[i] = slot;
        keys[i] = key;
        arrivals[i] = arrival;
    }

    /** Puts an entry in the hole at {@code i}, moving the parents it leaves before down, not swapping each. */
    private void siftUp(int i, int slot, long key, long arrival) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!precedes(key, arrival, keys[parent], arrivals[parent])) {
                break;
            }
            place(i, heap[parent], keys[parent], arrivals[parent]);
            i = parent;
        }
        place(i, slot, key, arrival);
    }

    /** Puts an entry in the hole at the root, moving up the children that leave before it. */
    private void siftDown(int slot, long key, long arrival) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                break;
            }
            int right = left + 1;
            int child = right < size && precedes(keys[right], arrivals[right], keys[left], arrivals[left]) ? right : left;
            if (!precedes(keys[child], arrivals[child], key, arrival)) {
                break;
            }
            place(i, heap[child], keys[child], arrivals[child]);
            i = child;
        }
        place(i, slot, key, arrival);
    }
}
