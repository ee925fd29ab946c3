package org.hotsched.itests.policy;

import org.hotsched.api.TaskBatch;

/** A broken release of {@link SwappyPolicy}: throws on every batch once its good ones are over. */
public final class ThrowingSwappyPolicy extends LateFaultSwappyPolicy {

    public static final String MESSAGE = "swappy gives up after " + GOOD_BATCHES + " batches";

    @Override
    public void enqueue(TaskBatch tasks) {
        super.enqueue(tasks);
        if (goneWrong()) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
