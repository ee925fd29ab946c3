package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, every round allocates
 * {@link #BYTES_PER_ROUND} of garbage, a storm that keeps the JVM collecting.
 */
public final class AllocatingSwappyPolicy extends LateFaultSwappyPolicy {

    public static final int BYTES_PER_ROUND = 4 << 20;

    /** Where the garbage goes, so that the JIT cannot drop the allocation. */
    private volatile byte[] last;

    @Override
    public void dispatch(DispatchSink sink) {
        if (goneWrong()) {
            last = new byte[BYTES_PER_ROUND];
        }
        super.dispatch(sink);
    }
}
