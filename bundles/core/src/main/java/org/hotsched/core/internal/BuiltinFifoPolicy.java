package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;

/**
 * The bridge's own policy while no policy service is present, and for a batch whose policy threw: every
 * task goes straight to the shared queue in arrival order with the default slice. It holds nothing, so it
 * can never lose a task.
 */
final class BuiltinFifoPolicy implements SchedulerPolicy {

    static final String NAME = "builtin-fifo";
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "The bridge's fallback: global FIFO, default slice; used while no policy service is present.");

    private long sequence;
    private DispatchSink sink;

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    /** Dispatches straight from the batch; the sink must be set with {@link #useSink} first. */
    @Override
    public void enqueue(TaskBatch tasks) {
        for (int i = 0, n = tasks.size(); i < n; i++) {
            TaskView t = tasks.task(i);
            sink.dispatch(t, DispatchSink.CPU_ANY, 0, sequence++);
        }
    }

    void useSink(DispatchSink sink) {
        this.sink = sink;
    }

    @Override
    public void dispatch(DispatchSink sink) {
        // Everything was dispatched on arrival.
    }

    @Override
    public int pending() {
        return 0;
    }

    @Override
    public void handOver(TaskBuffer successor) {
        // Holds nothing.
    }
}
