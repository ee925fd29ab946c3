package org.hotsched.sim;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;

/**
 * A buggy policy: for every task it sends one good decision (every seventh to a CPU that does not exist),
 * then repeats it, then sends one with an older generation and one for a pid that does not exist.
 */
final class SloppyPolicy implements SchedulerPolicy {

    static final int NO_SUCH_PID = -1;

    private TaskQueue queue;
    long good;
    long badCpu;

    @Override
    public PolicyInfo info() {
        return new PolicyInfo("sloppy", "repeats, stale and invalid decisions");
    }

    @Override
    public void attach(PolicyContext context) {
        queue = new TaskQueue(64, context.topology().nrCpus());
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        queue.offerAllFifo(tasks);
    }

    @Override
    public void dispatch(DispatchSink sink) {
        while (!queue.isEmpty()) {
            TaskView t = queue.peek();
            int cpu = DispatchSink.CPU_ANY;
            if (good % 7 == 0) {
                cpu = 1000;
                badCpu++;
            }
            sink.dispatch(t.pid(), t.generation(), cpu, 0, good);
            sink.dispatch(t.pid(), t.generation(), DispatchSink.CPU_ANY, 0, good);
            sink.dispatch(t.pid(), t.generation() - 1, DispatchSink.CPU_ANY, 0, good);
            sink.dispatch(NO_SUCH_PID, t.generation(), DispatchSink.CPU_ANY, 0, good);
            good++;
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
