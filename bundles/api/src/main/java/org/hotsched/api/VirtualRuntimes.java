package org.hotsched.api;

/**
 * Each task's weighted virtual runtime, kept as fair schedulers keep it (CFS, EEVDF, scx_rustland): it grows
 * by the CPU time the task used × {@link Weights#DEFAULT} / its weight, and a task that is new or wakes up
 * starts no further than a lag behind the smallest virtual runtime dispatched, so sleeping banks no credit.
 * The CPU time used is the growth of {@link TaskView#runtimeNs()} between two enqueues; after a wake-up all of
 * it (the kernel counts from the last sleep), and nothing for a task seen for the first time.
 *
 * <pre>{@code
 * runtimes.track(task, now);
 * long vruntime = runtimes.charge(task, task.weight(), sliceNs);
 * queue.offer(task, vruntime);            // and on dispatch: runtimes.dispatched(pid)
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

    private final PidTable table;
    private long minVruntime;
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
        trackedSlot = table.slot(task.pid(), nowNs);
        trackedPid = task.pid();
        trackedIsNew = table.inserted();
        return trackedSlot;
    }

    /**
     * Charges the task last {@link #track tracked} (which must be {@code task}) for the CPU time it used since
     * its last enqueue at {@code weight} (100 is nice 0), and returns its virtual runtime. A new or waking task
     * starts at no less than the smallest virtual runtime dispatched minus {@code lagNs}.
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
        trackedSlot = -1;
        return vruntime;
    }

    /** The task with {@code pid} was dispatched: the smallest virtual runtime dispatched moves up to its own. */
    public void dispatched(int pid) {
        dispatchedAt(table.find(pid));
    }

    /** As {@link #dispatched(int)}, for a policy that has looked the task's slot up already; -1 is ignored. */
    public void dispatchedAt(int slot) {
        if (slot >= 0) {
            minVruntime = Math.max(minVruntime, table.get(slot, VRUNTIME));
        }
    }

    /** The smallest virtual runtime dispatched so far: where new and waking tasks start, less the lag. */
    public long minVruntime() {
        return minVruntime;
    }
}
