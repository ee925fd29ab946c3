package org.hotsched.sim;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.api.Weights;

/**
 * Weight-aware for CPU hogs: orders tasks in the shared queue by CPU time scaled by {@code 100 / weight}, so
 * a task of twice the weight may run twice as long before it falls behind.
 */
final class WeightedVtimePolicy implements SchedulerPolicy {

    private TaskQueue queue;

    @Override
    public PolicyInfo info() {
        return new PolicyInfo("weighted-vtime", "shared queue ordered by weighted runtime");
    }

    @Override
    public void attach(PolicyContext context) {
        queue = new TaskQueue(64, context.topology().nrCpus());
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            TaskView t = tasks.task(i);
            queue.offer(t, weightedRuntime(t));
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        while (!queue.isEmpty()) {
            TaskView t = queue.peek();
            sink.dispatch(t, DispatchSink.CPU_ANY, 0, weightedRuntime(t));
            queue.remove();
        }
    }

    private static long weightedRuntime(TaskView t) {
        return t.runtimeNs() * Weights.DEFAULT / t.weight();
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
