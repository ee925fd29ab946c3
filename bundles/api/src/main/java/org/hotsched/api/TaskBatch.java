package org.hotsched.api;

/** An indexed batch of tasks, read through one reused {@link TaskView}. */
public interface TaskBatch {

    /** Number of tasks in the batch. */
    int size();

    /**
     * The task at {@code index}, 0 ≤ index &lt; {@link #size()}. Returns the same view object repositioned:
     * the previous result of this method is no longer valid after the call.
     */
    TaskView task(int index);
}
