package org.hotsched.api;

import org.osgi.annotation.versioning.ProviderType;

/** Where a policy sends its decisions. Provided by the bridge; valid only during {@link SchedulerPolicy#dispatch}. */
@ProviderType
public interface DispatchSink {

    /** Target "any CPU": the task goes to the shared queue and the first CPU free runs it. */
    int CPU_ANY = -1;

    /**
     * The shortest slice a decision may ask for, ns (bpf/intf.h's HOTSCHED_MIN_SLICE_NS). A shorter one,
     * other than 0, is raised to it and counts as an invalid decision.
     */
    long MIN_SLICE_NS = 10_000L;

    /**
     * The longest slice a decision may ask for, ns (bpf/intf.h's HOTSCHED_MAX_SLICE_NS). A longer one is
     * lowered to it and counts as an invalid decision; a negative one gets the default slice and counts too.
     */
    long MAX_SLICE_NS = 1_000_000_000L;

    /**
     * Flag for {@link #dispatch(int, long, int, long, long, int)}: the task should run now, not when a slice
     * ends. An idle CPU it may use is woken; if none is, the CPU it was sent to (for {@link #CPU_ANY}: the one it
     * last ran on) stops its current task, which is enqueued again, and picks its next task (its own queue, on
     * sched_ext every other time the safety net's, then the shared one: ordered by vtime, but not always this
     * task). For a task that just woke and must not wait behind CPU hogs; used for every task, it only costs
     * context switches.
     */
    int PREEMPT = 1;

    /**
     * Dispatch a task.
     *
     * @param pid the task
     * @param generation the {@link TaskView#generation()} of the enqueue this decision answers
     * @param cpu a CPU the task may run on, or {@link #CPU_ANY}
     * @param sliceNs how long it may run before it is enqueued again; 0 means the bridge's default slice,
     *                otherwise from {@link #MIN_SLICE_NS} to {@link #MAX_SLICE_NS}
     * @param vtime the ordering key among tasks queued for the same target: smaller runs first (a deadline
     *              or virtual runtime; FIFO policies pass an increasing sequence number)
     * @param flags 0, or {@link #PREEMPT}
     * @return {@code false} if there is no room now: the policy still holds the task and offers it later
     */
    boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags);

    /** Dispatch a task without flags; see {@link #dispatch(int, long, int, long, long, int)}. */
    default boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime) {
        return dispatch(pid, generation, cpu, sliceNs, vtime, 0);
    }

    /** Dispatch the task a view points at; see {@link #dispatch(int, long, int, long, long, int)}. */
    default boolean dispatch(TaskView task, int cpu, long sliceNs, long vtime) {
        return dispatch(task.pid(), task.generation(), cpu, sliceNs, vtime, 0);
    }

    /** Dispatch the task a view points at, with flags; see {@link #dispatch(int, long, int, long, long, int)}. */
    default boolean dispatch(TaskView task, int cpu, long sliceNs, long vtime, int flags) {
        return dispatch(task.pid(), task.generation(), cpu, sliceNs, vtime, flags);
    }

    /**
     * How many more decisions fit now: the room left in the queue decisions travel through to the kernel
     * (on sched_ext, the user ring buffer the BPF side drains; in the simulator, its model of that ring).
     */
    int remaining();
}
