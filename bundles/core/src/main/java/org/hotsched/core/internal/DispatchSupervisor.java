package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Times the dispatch thread's calls into policies and reports one that has not returned within the bound, so
 * that a policy that spins or sleeps in a call cannot stop scheduling. It reads the {@link PolicyCallWatch}
 * twice per bound and never
 * touches the dispatch thread's state: the {@code overdue} callback decides what to do.
 */
final class DispatchSupervisor {

    private final PolicyCallWatch watch;
    private final long boundNs;
    private final LongConsumer overdue;
    private final Thread thread;
    private volatile boolean running = true;

    /** @param overdue called, on the supervisor's thread, with the state of a call that has lasted the bound */
    DispatchSupervisor(PolicyCallWatch watch, long boundNs, LongConsumer overdue) {
        this.watch = watch;
        this.boundNs = boundNs;
        this.overdue = overdue;
        this.thread = new Thread(this::run, "hotsched-supervisor");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long seen = 0;
        long seenAt = 0;
        while (running) {
            long state = watch.state();
            long now = System.nanoTime();
            // Looking every half bound, a call is first seen at most half a bound after it began; declared overdue
            // a bound after that, it has lasted between one and one and a half bounds.
            long wait = boundNs / 2;
            if (!PolicyCallWatch.inCall(state)) {
                seen = 0;
            } else if (state != seen) {
                seen = state;
                seenAt = now;
            } else if (now - seenAt >= boundNs) {
                overdue.accept(state);
                seen = 0;
            } else {
                wait = seenAt + boundNs - now;
            }
            LockSupport.parkNanos(this, wait);
        }
    }
}
