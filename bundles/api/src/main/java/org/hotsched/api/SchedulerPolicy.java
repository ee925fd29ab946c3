package org.hotsched.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A CPU scheduling policy: the service a policy bundle provides.
 *
 * <p><b>Threading.</b> The bridge calls every method except {@link #info()} one call at a time, so an
 * implementation needs no locking for its task state: {@link #attach} and the warm-up that follows it run on a
 * preparing thread while the policy before it still decides, every later call on the dispatch thread, and the
 * bridge orders the two (what the preparing thread wrote is visible to the dispatch thread). {@link #info()}
 * may be called from any thread.
 *
 * <p><b>Hot path.</b> {@link #enqueue} and {@link #dispatch} run for every task the kernel schedules. They
 * must not allocate in steady state, block, or take locks another thread may hold: the bridge's safety nets
 * dispatch a task the policy sits on for too long, but a slow policy is a slow machine.
 *
 * <p><b>Life cycle.</b> {@link #attach} → any number of {@link #enqueue}/{@link #dispatch} rounds →
 * {@link #handOver} (the bridge takes every task still held) → {@link #detach}. A successor receives the
 * handed-over tasks through {@link #adopt}, so a policy swap loses no task and dispatches none twice. The
 * bridge moves them in chunks ({@link #handOver(TaskBuffer, int)}, most urgent first): the successor decides
 * from the first chunk on, while the rest follow round by round.
 */
@ConsumerType
public interface SchedulerPolicy {

    /** Name, used by configuration ({@code policy=NAME}) and {@code sched:use NAME}, and a description. */
    PolicyInfo info();

    /** Called once before the first batch, with what the bridge knows about the machine. */
    default void attach(PolicyContext context) {
    }

    /**
     * Tasks became runnable. The batch and its views are valid only during this call: copy what you keep
     * (for example into a {@link TaskQueue}).
     */
    void enqueue(TaskBatch tasks);

    /**
     * Emit dispatch decisions for tasks this policy holds. Called after every batch and whenever a CPU
     * could take more work. A task for which {@link DispatchSink#dispatch} returned {@code false} is still
     * held by the policy and must be offered again later.
     */
    void dispatch(DispatchSink sink);

    /** How many tasks this policy holds and has not dispatched yet. */
    int pending();

    /**
     * Give up every task still held: append each one to {@code successor} and forget it. After this call
     * {@link #pending()} is 0. Order matters: put the most urgent first.
     */
    void handOver(TaskBuffer successor);

    /**
     * Give up at most {@code max} of the tasks still held, the most urgent first: append them to
     * {@code successor} and forget them. The bridge calls this after the policy's last {@link #dispatch},
     * round after round until {@link #pending()} is 0, so a swap need not wait for a long queue to be
     * copied. By default everything goes at once ({@link #handOver(TaskBuffer)}); a policy holding many
     * tasks should honour {@code max} ({@link TaskQueue#drainTo(TaskBuffer, int)} does).
     */
    default void handOver(TaskBuffer successor, int max) {
        handOver(successor);
    }

    /** Take tasks handed over by a predecessor. By default they are treated like newly runnable ones. */
    default void adopt(TaskBatch tasks) {
        enqueue(tasks);
    }

    /** Called once after the last call on the hot path; release resources here. */
    default void detach() {
    }
}
