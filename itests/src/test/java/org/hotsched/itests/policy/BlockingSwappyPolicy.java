package org.hotsched.itests.policy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, every round sleeps {@link #SLEEP_MS}
 * (as a policy waiting on a lock or a file would), over the bridge's default budget for time blocked per batch
 * ({@code probation.blocked.ns}, 10 ms) and well under the supervisor's bound on a call, so it uses no CPU and is
 * never stuck: only the time it was blocked can tell.
 */
public final class BlockingSwappyPolicy extends LateFaultSwappyPolicy {

    public static final long SLEEP_MS = 20;

    @Override
    public void dispatch(DispatchSink sink) {
        if (goneWrong()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SLEEP_MS));
        }
        super.dispatch(sink);
    }
}
