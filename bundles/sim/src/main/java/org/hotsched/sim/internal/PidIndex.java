package org.hotsched.sim.internal;

/** Maps live pids (&gt; 0) to task slots: open addressing with linear probing, no boxing. */
final class PidIndex {

    private static final int EMPTY = 0;

    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    PidIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int hash(int pid) {
        int h = pid * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot of {@code pid}, or -1 when no live task has it. */
    int get(int pid) {
        if (pid <= 0) {
            return -1;
        }
        for (int i = hash(pid) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == pid) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    void put(int pid, int slot) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = hash(pid) & mask;
        while (keys[i] != EMPTY && keys[i] != pid) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = pid;
        values[i] = slot;
    }

    void remove(int pid) {
        int i = hash(pid) & mask;
        while (keys[i] != pid) {
            if (keys[i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // Backward-shift deletion: pull later entries of the probe run into the gap so lookups still find them.
        int gap = i;
        for (int j = (gap + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = EMPTY;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
