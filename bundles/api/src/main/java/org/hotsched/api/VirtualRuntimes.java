package org.hotsched.api;

/**
 * Each task's weighted virtual runtime, kept as fair schedulers keep it (CFS, EEVDF, scx_rustland): it grows
 * by the CPU time the task used × {@link Weights#DEFAULT} / its weight, and a task that is new or wakes up
 * starts no further than a lag behind the floor, so sleeping banks no credit. The CPU time used is the growth of
 * {@link TaskView#runtimeNs()} between two enqueues; after a wake-up all of it (the kernel counts from the last
 * sleep), and nothing for a task seen for the first time.
 *
 * <p>The floor is a minimum over the tasks that stay runnable, as the kernel's min_vruntime is: every
 * {@link #FLOOR_WINDOW_NS} it moves up to the smallest virtual runtime charged in that window to a task enqueued
 * again without having slept (one that used its slice and still wants the CPU), or, when there was none, to any
 * task; never down. Sleepers that wake do not hold it back, and a task running alone on an idle CPU does not
 * pull it ahead of the tasks crowded on a busy one. (Until 1.6 it followed the largest virtual runtime
 * dispatched, so a sleeper woke behind every task crowded on its CPU: on 6.17 a 1 ms sleeper sharing a CPU with
 * 6 hogs waited up to 4.9 s under {@code interactive}.)
 *
 * <pre>{@code
 * runtimes.track(task, now);
 * long vruntime = runtimes.charge(task, task.weight(), sliceNs);
 * queue.offer(task, vruntime);
 * }</pre>
 *
 * <p>The state lives in a {@link PidTable}; its columns from {@link #FIRST_FREE_COLUMN} on are the policy's
 * own, for the slot {@link #track} returns. Owned by the dispatch thread like the policy; allocates nothing
 * once the table has grown to the tasks.
 *
 * @since 1.3
 */
public final class VirtualRuntimes {

    /** The first {@link PidTable} column left to the policy. */
    public static final int FIRST_FREE_COLUMN = 2;
    private static final int VRUNTIME = 0;
    /** The task's runtimeNs at its last enqueue. */
    private static final int LAST_RUNTIME = 1;
    /**
     * How long the virtual runtimes charged are gathered before the floor moves up to their minimum. Long enough
     * that a busy CPU enqueues one of its tasks again within it (a tick is 4 ms at Debian's HZ=250), short so that
     * the floor trails the tasks by at most two windows: with 100 ms, sleepers woke so far ahead that a batch
     * class no longer waited behind the hogs in {@code rules}' simulator test.
     *
     * @since 1.6
     */
    public static final long FLOOR_WINDOW_NS = 20_000_000L;

    private final PidTable table;
    private long minVruntime;
    /** The smallest virtual runtime charged since the window began, to any task and to one that had not slept. */
    private long windowMin = Long.MAX_VALUE;
    private long windowMinRunnable = Long.MAX_VALUE;
    private long windowEndNs;
    private boolean windowOpen;
    private int trackedSlot = -1;
    private int trackedPid;
    private boolean trackedIsNew;

    /**
     * @param capacity initial tasks, as {@link PidTable#PidTable(int, long)}
     * @param forgetNs how long a task not enqueued is remembered once the table fills up; then it starts afresh
     */
    public VirtualRuntimes(int capacity, long forgetNs) {
        this.table = new PidTable(capacity, forgetNs);
    }

    /** The per-task table, for the policy's own columns (from {@link #FIRST_FREE_COLUMN} on). */
    public PidTable table() {
        return table;
    }

    /** Finds or adds {@code task} before it is charged; returns its slot in {@link #table()}. */
    public int track(TaskView task, long nowNs) {
        if (!windowOpen || nowNs - windowEndNs >= 0) {
            long least = windowMinRunnable != Long.MAX_VALUE ? windowMinRunnable : windowMin;
            if (least != Long.MAX_VALUE) {
                minVruntime = Math.max(minVruntime, least);
            }
            windowMin = Long.MAX_VALUE;
            windowMinRunnable = Long.MAX_VALUE;
            windowEndNs = nowNs + FLOOR_WINDOW_NS;
            windowOpen = true;
        }
        trackedSlot = table.slot(task.pid(), nowNs);
        trackedPid = task.pid();
        trackedIsNew = table.inserted();
        return trackedSlot;
    }

    /**
     * Charges the task last {@link #track tracked} (which must be {@code task}) for the CPU time it used since
     * its last enqueue at {@code weight} (100 is nice 0), and returns its virtual runtime. A new or waking task
     * starts at no less than the floor ({@link #minVruntime()}) minus {@code lagNs}.
     */
    public long charge(TaskView task, int weight, long lagNs) {
        if (trackedSlot < 0 || trackedPid != task.pid()) {
            throw new IllegalStateException("charge of pid " + task.pid() + " without track: call track(task, now) first");
        }
        int slot = trackedSlot;
        boolean woke = EnqueueFlags.isWakeup(task.enqFlags());
        long runtime = task.runtimeNs();
        long last = table.get(slot, LAST_RUNTIME);
        long ran = trackedIsNew ? 0 : woke || runtime < last ? runtime : runtime - last;
        long vruntime = table.get(slot, VRUNTIME) + ran * Weights.DEFAULT / Math.max(1, weight);
        if (trackedIsNew || woke) {
            vruntime = Math.max(vruntime, minVruntime - lagNs);
        }
        table.set(slot, VRUNTIME, vruntime);
        table.set(slot, LAST_RUNTIME, runtime);
        windowMin = Math.min(windowMin, vruntime);
        if (!trackedIsNew && !woke) {
            windowMinRunnable = Math.min(windowMinRunnable, vruntime);
        }
        trackedSlot = -1;
        return vruntime;
    }

    /**
     * Does nothing since 1.6: the floor follows the virtual runtimes charged, not those dispatched (see the class
     * comment). Kept so that policies built against 1.3-1.5 still resolve.
     *
     * @deprecated no longer needed; remove the call
     */
    @Deprecated
    public void dispatched(int pid) {
        // The floor no longer depends on dispatches.
    }

    /**
     * Does nothing since 1.6, as {@link #dispatched(int)}.
     *
     * @deprecated no longer needed; remove the call
     */
    @Deprecated
    public void dispatchedAt(int slot) {
        // The floor no longer depends on dispatches.
    }

    /** The floor (see the class comment): where new and waking tasks start, less the lag. */
    public long minVruntime() {
        return minVruntime;
    }
}
