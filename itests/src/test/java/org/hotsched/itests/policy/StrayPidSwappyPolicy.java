package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over it also sends, every round, a decision
 * for {@link #STRAY_PID}, a task the kernel never gave it.
 */
public final class StrayPidSwappyPolicy extends LateFaultSwappyPolicy {

    /** Above the kernel's largest pid_max (2^22), so no task can have it. */
    public static final int STRAY_PID = 9_999_999;

    @Override
    public void dispatch(DispatchSink sink) {
        if (goneWrong() && sink.remaining() > 0) {
            sink.dispatch(STRAY_PID, 1, DispatchSink.CPU_ANY, 0, 0);
        }
        super.dispatch(sink);
    }
}
