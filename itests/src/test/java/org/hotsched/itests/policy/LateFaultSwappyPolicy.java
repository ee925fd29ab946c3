package org.hotsched.itests.policy;

import org.hotsched.api.TaskBatch;

/**
 * A broken release of {@link SwappyPolicy} that works for {@link #GOOD_BATCHES} batches and goes wrong after. The
 * batches include the bridge's warm-up rounds ({@code swap.warmup.rounds}, 100 by default), so it goes wrong once
 * active, during probation, not while starting. Subclasses say how.
 */
public abstract class LateFaultSwappyPolicy extends SwappyPolicy {

    public static final int GOOD_BATCHES = 200;

    private int batches;

    @Override
    public void enqueue(TaskBatch tasks) {
        batches++;
        super.enqueue(tasks);
    }

    /** Whether the good batches are over. */
    protected final boolean goneWrong() {
        return batches > GOOD_BATCHES;
    }
}
