package org.hotsched.api;

import java.util.Arrays;

/**
 * Per-pid state in primitive arrays, for policies that remember something about each task (a virtual runtime,
 * a deadline, a cached verdict). Each entry has {@link #COLUMNS} {@code long} columns whose meaning the policy
 * chooses; name them with constants and read them with {@link #get} and {@link #set}:
 *
 * <pre>{@code
 * int slot = table.slot(task.pid(), now);
 * long vruntime = table.get(slot, VRUNTIME) + ran;
 * table.set(slot, VRUNTIME, vruntime);
 * }</pre>
 *
 * <p>The kernel never says a task exited, so an entry not touched for {@code ttlNs} is dropped when the table
 * fills up. Dropping rehashes into spare arrays of the same size, so a steady churn of pids allocates nothing;
 * only growth allocates. Open addressing with linear probing. Not thread-safe: owned by the dispatch thread
 * like the policy itself.
 */
public final class PidTable {

    /** Columns per entry; a column index is 0 to {@code COLUMNS - 1}. */
    public static final int COLUMNS = 3;

    private final long ttlNs;
    /** pid + 1, so that 0 marks a free slot. */
    private int[] keys;
    private long[] seen;
    /** The columns of slot {@code s} are at {@code s * COLUMNS} and on. */
    private long[] columns;
    private int[] spareKeys;
    private long[] spareSeen;
    private long[] spareColumns;
    private int size;
    private boolean inserted;

    /**
     * @param capacity initial slots, rounded up to a power of two (at least 32); up to 3/4 of them are used
     * @param ttlNs how long an entry untouched by {@link #slot} is kept once the table fills up
     */
    public PidTable(int capacity, long ttlNs) {
        this.ttlNs = ttlNs;
        allocate(Integer.highestOneBit(Math.max(16, capacity - 1) * 2));
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        seen = new long[capacity];
        columns = new long[capacity * COLUMNS];
        spareKeys = new int[capacity];
        spareSeen = new long[capacity];
        spareColumns = new long[capacity * COLUMNS];
    }

    /** Entries held, counting those past their TTL that have not been dropped yet. */
    public int size() {
        return size;
    }

    /** Whether the last {@link #slot} call created the entry (its columns are 0). */
    public boolean inserted() {
        return inserted;
    }

    /** The slot of {@code pid}'s entry, or -1. Does not count as a touch for the TTL. */
    public int find(int pid) {
        int mask = keys.length - 1;
        for (int i = hash(pid) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == pid + 1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The slot of {@code pid}'s entry (pid ≥ 0), created with zero columns when absent, marked as seen at
     * {@code nowNs}. A slot is valid until the next call that may insert.
     */
    public int slot(int pid, long nowNs) {
        int i = find(pid);
        inserted = i < 0;
        if (inserted) {
            if (size + 1 > keys.length * 3 / 4) {
                rehash(nowNs);
            }
            int mask = keys.length - 1;
            i = hash(pid) & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = pid + 1;
            Arrays.fill(columns, i * COLUMNS, (i + 1) * COLUMNS, 0L);
            size++;
        }
        seen[i] = nowNs;
        return i;
    }

    /** Column {@code column} of the entry at {@code slot}. */
    public long get(int slot, int column) {
        return columns[slot * COLUMNS + checkColumn(column)];
    }

    /** Sets column {@code column} of the entry at {@code slot}. */
    public void set(int slot, int column, long value) {
        columns[slot * COLUMNS + checkColumn(column)] = value;
    }

    private static int checkColumn(int column) {
        if (column < 0 || column >= COLUMNS) {
            throw new IndexOutOfBoundsException("column " + column + " is not 0 to " + (COLUMNS - 1));
        }
        return column;
    }

    /** Drops entries idle for longer than the TTL; doubles the table if it stays more than half full. */
    private void rehash(long nowNs) {
        int live = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && nowNs - seen[i] <= ttlNs) {
                live++;
            }
        }
        int capacity = keys.length;
        if (live + 1 > capacity / 2) {
            capacity *= 2;
            spareKeys = new int[capacity];
            spareSeen = new long[capacity];
            spareColumns = new long[capacity * COLUMNS];
        } else {
            Arrays.fill(spareKeys, 0);
        }
        int mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0 || nowNs - seen[i] > ttlNs) {
                continue;
            }
            int j = hash(keys[i] - 1) & mask;
            while (spareKeys[j] != 0) {
                j = (j + 1) & mask;
            }
            spareKeys[j] = keys[i];
            spareSeen[j] = seen[i];
            System.arraycopy(columns, i * COLUMNS, spareColumns, j * COLUMNS, COLUMNS);
        }
        swapInSpares(capacity);
        size = live;
    }

    /** Makes the spare arrays current; the old ones become the spares unless the table grew. */
    private void swapInSpares(int capacity) {
        boolean grew = capacity != keys.length;
        int[] oldKeys = keys;
        long[] oldSeen = seen;
        long[] oldColumns = columns;
        keys = spareKeys;
        seen = spareSeen;
        columns = spareColumns;
        spareKeys = grew ? new int[capacity] : oldKeys;
        spareSeen = grew ? new long[capacity] : oldSeen;
        spareColumns = grew ? new long[capacity * COLUMNS] : oldColumns;
    }

    private static int hash(int pid) {
        int h = pid * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
