package org.hotsched.sim;

import java.util.HashSet;
import java.util.Set;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;

/** FIFO that also remembers the command name of every task it was given (allocates: for tests only). */
final class RecordingPolicy implements SchedulerPolicy {

    private final FifoTestPolicy fifo = new FifoTestPolicy();
    final Set<String> commsSeen = new HashSet<>();

    @Override
    public PolicyInfo info() {
        return new PolicyInfo("recording", "FIFO that records what it sees");
    }

    @Override
    public void attach(PolicyContext context) {
        fifo.attach(context);
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            commsSeen.add(tasks.task(i).comm());
        }
        fifo.enqueue(tasks);
    }

    @Override
    public void dispatch(DispatchSink sink) {
        fifo.dispatch(sink);
    }

    @Override
    public int pending() {
        return fifo.pending();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        fifo.handOver(successor);
    }
}
