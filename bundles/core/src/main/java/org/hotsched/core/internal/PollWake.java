package org.hotsched.core.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * What {@link SchedulerBackend#wakeUp()} needs where a backend's poll waits in Java (the simulator, a
 * scheduler-less re-attaching backend): a flag that survives until the next poll looks, and the polling
 * thread to unpark.
 */
final class PollWake {

    private volatile boolean wanted;
    private volatile Thread poller;

    /** Called at the start of each poll, on the polling thread; writes only the first time. */
    void polling() {
        Thread self = Thread.currentThread();
        if (poller != self) {
            poller = self;
        }
    }

    /** Whether a wake-up came since the last call; clears it. */
    boolean take() {
        if (!wanted) {
            return false;
        }
        wanted = false;
        return true;
    }

    /** Parks the polling thread for {@code ns} unless a wake-up is already waiting. */
    void park(long ns) {
        if (!wanted) {
            LockSupport.parkNanos(ns);
        }
    }

    /** Any thread: ends the current park, or makes the next poll's {@link #take()} true. */
    void wake() {
        wanted = true;
        Thread t = poller;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
