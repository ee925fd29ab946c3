package org.hotsched.itests.policy;

import java.util.concurrent.TimeUnit;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, it spins in {@code dispatch} for
 * {@link #SPIN_MS}, once, on the CPU (a loop, not a sleep), so that only a supervisor that does not wait for the
 * call can take scheduling back. It returns in the end, so the test's JVM gets its CPU back.
 */
public final class SpinningSwappyPolicy extends LateFaultSwappyPolicy {

    public static final long SPIN_MS = 4_000;

    private boolean spun;

    @Override
    public void dispatch(DispatchSink sink) {
        if (goneWrong() && !spun) {
            spun = true;
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_MS);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        super.dispatch(sink);
    }
}
