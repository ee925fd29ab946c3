package org.hotsched.itests.policy;

import org.hotsched.api.TaskBuffer;

/**
 * A broken release of {@link SwappyPolicy}: decides well, but once its good batches are over (its warm-up hands
 * over too) it throws when it is to give up its tasks, so whatever replaces it receives none of them. The
 * successor is not to blame for them.
 */
public final class ThrowingHandOverSwappyPolicy extends LateFaultSwappyPolicy {

    public static final String MESSAGE = "swappy keeps its tasks";

    @Override
    public void handOver(TaskBuffer successor) {
        if (goneWrong()) {
            throw new IllegalStateException(MESSAGE);
        }
        super.handOver(successor);
    }

    @Override
    public void handOver(TaskBuffer successor, int max) {
        if (goneWrong()) {
            throw new IllegalStateException(MESSAGE);
        }
        super.handOver(successor, max);
    }
}
