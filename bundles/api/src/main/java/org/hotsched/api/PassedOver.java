package org.hotsched.api;

/**
 * Tasks a policy passed over in one round of {@link SchedulerPolicy#dispatch}, because none of the CPUs
 * they may run on was idle, kept with their keys to go back into their queue when the round ends. With it
 * a policy that places tasks only on idle CPUs serves a task behind a head it cannot place (one pinned to
 * a busy CPU), instead of leaving idle CPUs idle until the head's CPU frees up:
 *
 * <pre>{@code
 * while (!queue.isEmpty() && sink.remaining() > 0 && context.anyCpuIdle()) {
 *     int cpu = context.pickIdleCpu(queue.peek());
 *     if (cpu == DispatchSink.CPU_ANY) {
 *         passedOver.take(queue);
 *         continue;
 *     }
 *     if (!sink.dispatch(queue.peek(), cpu, slice, queue.peekKey())) {
 *         break;
 *     }
 *     queue.remove();
 * }
 * passedOver.giveBack(queue);
 * }</pre>
 *
 * Copies records as {@link TaskQueue} does; allocates nothing once it has grown to the largest round.
 */
public final class PassedOver {

    private final TaskQueue tasks;

    public PassedOver(int initialCapacity, int nrCpus) {
        this.tasks = new TaskQueue(initialCapacity, nrCpus);
    }

    /** Moves the head of {@code queue} (its task with the smallest key) here, key and all. */
    public void take(TaskQueue queue) {
        tasks.offer(queue.peek(), queue.peekKey());
        queue.remove();
    }

    /** Puts every task passed over back into {@code queue}, each with its key. */
    public void giveBack(TaskQueue queue) {
        while (!tasks.isEmpty()) {
            queue.offer(tasks.peek(), tasks.peekKey());
            tasks.remove();
        }
    }

    /** Tasks passed over and not given back yet. */
    public int size() {
        return tasks.size();
    }
}
