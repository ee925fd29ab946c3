package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;

/**
 * The policy the hot-swap tests install, in two versions and with broken variants: FIFO onto idle CPUs,
 * so that it holds tasks whenever it is swapped out. A task waits at least {@link #MIN_HOLD_NS} (on the
 * simulator's demo workload there is then always one held), goes to an idle CPU after that, and to the
 * first CPU free once it has waited {@link #HOLD_LIMIT_NS}, far below the 50 ms stall safety net.
 */
public class SwappyPolicy implements SchedulerPolicy {

    /** The name every version and variant registers under. */
    public static final String NAME = "swappy";
    static final long MIN_HOLD_NS = 2_000_000L;
    static final long HOLD_LIMIT_NS = 8_000_000L;
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "FIFO onto idle CPUs, holding tasks while none is idle; a test policy for hot swaps.");

    private PolicyContext context;
    private TaskQueue queue;

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        context = ctx;
        queue = new TaskQueue(256, ctx.topology().nrCpus());
    }

    /** Keyed by arrival time, so the head of the queue is the task that has waited longest. */
    @Override
    public void enqueue(TaskBatch tasks) {
        long now = context.nowNs();
        for (int i = 0, n = tasks.size(); i < n; i++) {
            queue.offer(tasks.task(i), now);
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        long now = context.nowNs();
        while (!queue.isEmpty() && sink.remaining() > 0) {
            TaskView task = queue.peek();
            long arrival = queue.peekKey();
            if (now - arrival < MIN_HOLD_NS) {
                return;
            }
            int cpu = context.pickIdleCpu(task);
            if (cpu == DispatchSink.CPU_ANY && now - arrival < HOLD_LIMIT_NS) {
                return;
            }
            if (!send(sink, task, cpu, arrival)) {
                return;
            }
            queue.remove();
        }
    }

    /** Sends one decision; returns whether the sink took it. Broken variants override it. */
    protected boolean send(DispatchSink sink, TaskView task, int cpu, long arrival) {
        return sink.dispatch(task, cpu, 0, arrival);
    }

    @Override
    public int pending() {
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        queue.drainTo(successor);
    }
}
