package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.PolicyMetrics;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;

/**
 * A test policy that keeps tasks back: it dispatches only to idle CPUs, so it always holds some, which a
 * swap must hand over. It can be told to throw after taking part of a batch, or while adopting, and to
 * hand over everything at once as a policy that does not implement the bounded hand-over does, and to hang in
 * {@code dispatch} (a sleep, or a spin until released) once it has had some real batches.
 */
final class HoldingPolicy implements SchedulerPolicy {

    private final String name;
    private TaskQueue queue;
    private PolicyContext context;
    private long sequence;
    volatile int throwEveryNthBatch;
    /** When not 0, the first dispatch of every round is also sent for this pid, which it was never given. */
    volatile int inventPid;
    private long batches;
    volatile long adopted;
    volatile int adoptCalls;
    /** When not 0, {@link #adopt} throws on its call with this number. */
    volatile int throwOnAdoptCall;
    volatile boolean wholeHandOverOnly;
    private PolicyMetrics.Counter dispatched;
    /** When not 0, the dispatch after the 20th real batch sleeps this long, once. */
    volatile long sleepInDispatchMs;
    /** When not 0, every dispatch after the 20th real batch sleeps this long: slow, never stuck. */
    volatile long napInDispatchMs;
    /** When not 0, attach sleeps this long. */
    volatile long sleepInAttachMs;
    /** When set, the dispatch after the 20th real batch spins until this is cleared. */
    volatile boolean spinInDispatch;
    /** Decisions the sink accepted and refused after a hang ended. */
    volatile int sentAfterHang;
    volatile int refusedAfterHang;
    private boolean hung;

    HoldingPolicy(String name) {
        this.name = name;
    }

    @Override
    public PolicyInfo info() {
        return new PolicyInfo(name, "test policy that holds tasks back");
    }

    @Override
    public void attach(PolicyContext ctx) {
        if (sleepInAttachMs > 0) {
            sleep(sleepInAttachMs);
        }
        context = ctx;
        queue = new TaskQueue(64, ctx.topology().nrCpus());
        dispatched = ctx.metrics().counter(name + ".dispatched");
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        if (tasks.size() > 0 && tasks.task(0).pid() < WarmUp.FIRST_PID) {
            batches++;
        }
        for (int i = 0; i < tasks.size(); i++) {
            queue.offer(tasks.task(i), sequence++);
            if (throwEveryNthBatch > 0 && batches > 0 && batches % throwEveryNthBatch == 0 && i == tasks.size() / 2
                    && tasks.task(0).pid() < WarmUp.FIRST_PID) {
                throw new IllegalStateException("test failure in batch " + batches);
            }
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        if (inventPid != 0 && !queue.isEmpty()) {
            sink.dispatch(inventPid, 1, DispatchSink.CPU_ANY, 0, 0);
        }
        if (!hung && batches >= 20 && (sleepInDispatchMs > 0 || spinInDispatch)) {
            hung = true;
            hang();
            while (!queue.isEmpty()) {
                if (sink.dispatch(queue.peek(), DispatchSink.CPU_ANY, 0, queue.peekKey())) {
                    sentAfterHang++;
                } else {
                    refusedAfterHang++;
                }
                queue.remove();
            }
            return;
        }
        if (napInDispatchMs > 0 && batches >= 20) {
            sleep(napInDispatchMs);
        }
        while (!queue.isEmpty()) {
            TaskView t = queue.peek();
            int cpu = context.pickIdleCpu(t);
            if (cpu == DispatchSink.CPU_ANY) {
                return;
            }
            if (sink.dispatch(t, cpu, 0, queue.peekKey())) {
                dispatched.increment();
            }
            queue.remove();
        }
    }

    private void hang() {
        if (sleepInDispatchMs > 0) {
            sleep(sleepInDispatchMs);
        }
        while (spinInDispatch) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int pending() {
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        queue.drainTo(successor);
    }

    @Override
    public void handOver(TaskBuffer successor, int max) {
        if (wholeHandOverOnly) {
            SchedulerPolicy.super.handOver(successor, max);
        } else {
            queue.drainTo(successor, max);
        }
    }

    @Override
    public void adopt(TaskBatch tasks) {
        if (++adoptCalls == throwOnAdoptCall) {
            throw new IllegalStateException("test failure in adopt call " + adoptCalls);
        }
        adopted += tasks.size();
        enqueue(tasks);
    }
}
