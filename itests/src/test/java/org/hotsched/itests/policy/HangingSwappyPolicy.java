package org.hotsched.itests.policy;

import java.util.concurrent.TimeUnit;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: decides well through its probation ({@code probation.ms}, 5 s by
 * default) and for {@link #GOOD_FOR_MS} in all, then sleeps {@link #HANG_MS} in {@code dispatch}, once: a policy
 * that blocks after probation, which without a supervisor would stop all scheduling until it returns.
 */
public final class HangingSwappyPolicy extends SwappyPolicy {

    public static final long GOOD_FOR_MS = 7_000;
    public static final long HANG_MS = 20_000;

    private long firstDispatchNs;
    private boolean hung;

    @Override
    public void dispatch(DispatchSink sink) {
        long now = System.nanoTime();
        if (firstDispatchNs == 0) {
            firstDispatchNs = now;
        } else if (!hung && now - firstDispatchNs > TimeUnit.MILLISECONDS.toNanos(GOOD_FOR_MS)) {
            hung = true;
            sleep();
        }
        super.dispatch(sink);
    }

    private static void sleep() {
        try {
            Thread.sleep(HANG_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
