package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskView;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, it gives every task a negative slice
 * (the kernel would take it as an endless one).
 */
public final class NegativeSliceSwappyPolicy extends LateFaultSwappyPolicy {

    public static final long SLICE_NS = -1_000_000L;

    @Override
    protected boolean send(DispatchSink sink, TaskView task, int cpu, long arrival) {
        return goneWrong() ? sink.dispatch(task, cpu, SLICE_NS, arrival) : super.send(sink, task, cpu, arrival);
    }
}
