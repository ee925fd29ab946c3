package org.hotsched.itests.policy;

import org.hotsched.api.TaskBatch;

/** A broken release of {@link SwappyPolicy}: starts well, but throws when it is given its predecessor's tasks. */
public final class ThrowingAdoptSwappyPolicy extends SwappyPolicy {

    public static final String MESSAGE = "swappy refuses what it inherits";

    @Override
    public void adopt(TaskBatch tasks) {
        throw new IllegalStateException(MESSAGE);
    }
}
