package org.hotsched.itests.policy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.DispatchSink;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, every round costs it {@link #SPIN_MS}
 * of CPU time, over the bridge's default budget ({@code probation.latency.ns}, 50 ms). CPU time, not wall time:
 * a spin on a busy machine gets less CPU than the time it takes ({@link BlockingSwappyPolicy} is judged by the time
 * it is blocked instead).
 */
public final class SlowSwappyPolicy extends LateFaultSwappyPolicy {

    public static final long SPIN_MS = 80;

    @Override
    public void dispatch(DispatchSink sink) {
        if (goneWrong()) {
            spin();
        }
        super.dispatch(sink);
    }

    private static void spin() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_MS);
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }
}
