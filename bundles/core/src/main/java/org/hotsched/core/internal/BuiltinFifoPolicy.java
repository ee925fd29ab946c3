package org.hotsched.core.internal;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;

/**
 * The bridge's own policy while no policy service is present, and for a batch whose policy threw: every
 * task goes straight to the shared queue in arrival order with the default slice. A task the sink has no room
 * for (the ring to the kernel is full) waits, with those after it, until {@link #flush} finds room: the dispatch
 * thread flushes each round whichever policy is active, so the built-in FIFO never loses a task.
 */
final class BuiltinFifoPolicy implements SchedulerPolicy {

    static final String NAME = "builtin-fifo";
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "The bridge's fallback: global FIFO, default slice; used while no policy service is present.");

    private long sequence;
    private DispatchSink sink;
    /** Tasks the sink refused, in arrival order from {@link #next} on. */
    private final TaskBuffer waiting;
    private int next;

    BuiltinFifoPolicy() {
        // Made before the backend says how many CPUs there are: masks as wide as any machine's.
        this.waiting = new TaskBuffer(64, CpuTopology.MAX_CPUS);
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    /** Dispatches straight from the batch, behind any task still waiting; needs {@link #useSink} first. */
    @Override
    public void enqueue(TaskBatch tasks) {
        for (int i = 0, n = tasks.size(); i < n; i++) {
            TaskView t = tasks.task(i);
            if (pending() > 0 || !sink.dispatch(t, DispatchSink.CPU_ANY, 0, sequence)) {
                waiting.add(t);
            } else {
                sequence++;
            }
        }
    }

    void useSink(DispatchSink sink) {
        this.sink = sink;
    }

    /** Dispatches the waiting tasks, in order, while the sink takes them. */
    void flush() {
        while (next < waiting.size() && sink.dispatch(waiting.task(next), DispatchSink.CPU_ANY, 0, sequence)) {
            sequence++;
            next++;
        }
        if (next == waiting.size()) {
            waiting.clear();
            next = 0;
        }
    }

    @Override
    public void dispatch(DispatchSink ignored) {
        flush();
    }

    @Override
    public int pending() {
        return waiting.size() - next;
    }

    @Override
    public void handOver(TaskBuffer successor) {
        for (int i = next; i < waiting.size(); i++) {
            successor.add(waiting.task(i));
        }
        waiting.clear();
        next = 0;
    }
}
