package org.hotsched.api;

import org.osgi.annotation.versioning.ProviderType;

/** Where a policy sends its decisions. Provided by the bridge; valid only during {@link SchedulerPolicy#dispatch}. */
@ProviderType
public interface DispatchSink {

    /** Target "any CPU": the task goes to the shared queue and the first CPU free runs it. */
    int CPU_ANY = -1;

    /**
     * Dispatch a task.
     *
     * @param pid the task
     * @param generation the {@link TaskView#generation()} of the enqueue this decision answers
     * @param cpu a CPU the task may run on, or {@link #CPU_ANY}
     * @param sliceNs how long it may run before it is enqueued again; 0 means the bridge's default slice
     * @param vtime the ordering key among tasks queued for the same target: smaller runs first (a deadline
     *              or virtual runtime; FIFO policies pass an increasing sequence number)
     * @return {@code false} if there is no room now: the policy still holds the task and offers it later
     */
    boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime);

    /** Dispatch the task a view points at; see {@link #dispatch(int, long, int, long, long)}. */
    default boolean dispatch(TaskView task, int cpu, long sliceNs, long vtime) {
        return dispatch(task.pid(), task.generation(), cpu, sliceNs, vtime);
    }

    /** How many more decisions fit now. */
    int remaining();
}
