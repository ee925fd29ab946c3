package org.hotsched.sim;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.PolicyMetrics;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;

/** First come, first served: every task goes to an idle CPU if one is free, else to the shared queue. */
final class FifoTestPolicy implements SchedulerPolicy {

    private static final PolicyInfo INFO = new PolicyInfo("test-fifo", "FIFO for simulator tests");

    private final long sliceNs;
    private PolicyContext context;
    private TaskQueue queue;
    private PolicyMetrics.Counter batches;
    private long sequence;
    long enqueued;

    FifoTestPolicy() {
        this(0);
    }

    /** @param sliceNs the slice of every decision; 0 for the kernel's default */
    FifoTestPolicy(long sliceNs) {
        this.sliceNs = sliceNs;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        this.queue = new TaskQueue(256, ctx.topology().nrCpus());
        this.batches = ctx.metrics().counter("batches");
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        enqueued += tasks.size();
        batches.increment();
        queue.offerAllFifo(tasks);
    }

    @Override
    public void dispatch(DispatchSink sink) {
        while (!queue.isEmpty()) {
            TaskView task = queue.peek();
            int cpu = context.pickIdleCpu(task);
            sink.dispatch(task, cpu, sliceNs, sequence++);
            queue.remove();
        }
    }

    @Override
    public int pending() {
        return queue.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        queue.drainTo(successor);
    }
}
