package org.hotsched.api;

/** The kernel's enqueue flags as {@link TaskView#enqFlags()} reports them (sched_ext's {@code SCX_ENQ_*}). */
public final class EnqueueFlags {

    /** The task woke up (rather than being preempted or its slice ending). */
    public static final long WAKEUP = 1L;
    /** The kernel asked to queue the task at the head. */
    public static final long HEAD = 1L << 4;
    /** The kernel already chose a CPU for this wake-up (select_cpu ran). */
    public static final long CPU_SELECTED = 1L << 10;
    /** The task should preempt the one running on its target CPU. */
    public static final long PREEMPT = 1L << 32;
    /** The task was re-enqueued by the kernel (for example after a CPU went away). */
    public static final long REENQ = 1L << 40;
    /** The task is the last runnable one on its CPU: its slice ended with nothing else to run. */
    public static final long LAST = 1L << 41;

    private EnqueueFlags() {
    }

    public static boolean isWakeup(long flags) {
        return (flags & WAKEUP) != 0;
    }
}
