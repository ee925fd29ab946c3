package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBatch;

/**
 * A broken release of {@link SwappyPolicy}: after {@link #GOOD_BATCHES} batches it also sends, every round, a
 * decision for {@link #STRAY_PID}, a task the kernel never gave it. The batches include the bridge's warm-up
 * rounds ({@code swap.warmup.rounds}, 100 by default), so it goes wrong once active, during probation.
 */
public final class StrayPidSwappyPolicy extends SwappyPolicy {

    public static final int GOOD_BATCHES = 200;
    /** Above the kernel's largest pid_max (2^22), so no task can have it. */
    public static final int STRAY_PID = 9_999_999;

    private int batches;

    @Override
    public void enqueue(TaskBatch tasks) {
        batches++;
        super.enqueue(tasks);
    }

    @Override
    public void dispatch(DispatchSink sink) {
        if (batches > GOOD_BATCHES && sink.remaining() > 0) {
            sink.dispatch(STRAY_PID, 1, DispatchSink.CPU_ANY, 0, 0);
        }
        super.dispatch(sink);
    }
}
