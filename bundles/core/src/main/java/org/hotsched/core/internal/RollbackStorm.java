package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;

/** Notices automatic rollbacks coming too fast, so two failing releases cannot hand back to each other forever. */
final class RollbackStorm {

    static final int LIMIT = 5;
    static final long WINDOW_S = 30;

    private final long[] times = new long[LIMIT];
    private int count;

    /** Records a rollback at {@code nowNs}; true when it is the {@link #LIMIT}th within {@link #WINDOW_S} s. */
    synchronized boolean tooMany(long nowNs) {
        times[count % LIMIT] = nowNs;
        count++;
        return count >= LIMIT && nowNs - times[count % LIMIT] <= TimeUnit.SECONDS.toNanos(WINDOW_S);
    }
}
