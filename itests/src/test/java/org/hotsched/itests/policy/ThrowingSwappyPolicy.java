package org.hotsched.itests.policy;

import org.hotsched.api.TaskBatch;

/**
 * A broken release of {@link SwappyPolicy}: works for {@link #GOOD_BATCHES} batches, then throws on every one.
 * The batches include the bridge's warm-up rounds ({@code swap.warmup.rounds}, 100 by default), so it fails
 * once active, during probation, not while starting.
 */
public final class ThrowingSwappyPolicy extends SwappyPolicy {

    public static final int GOOD_BATCHES = 200;
    public static final String MESSAGE = "swappy gives up after " + GOOD_BATCHES + " batches";

    private int batches;

    @Override
    public void enqueue(TaskBatch tasks) {
        if (++batches > GOOD_BATCHES) {
            throw new IllegalStateException(MESSAGE);
        }
        super.enqueue(tasks);
    }
}
