package org.hotsched.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Times the bridge's calls into policies (the dispatch thread's, and the preparing thread's while a successor is
 * attached and warmed up) and reports one that has not returned within the bound, so that a policy that spins or
 * sleeps in a call cannot stop scheduling. It reads each {@link PolicyCallWatch} twice per bound and never
 * touches the watched thread's state: the {@code overdue} callback decides what to do.
 */
final class DispatchSupervisor {

    /** One watched thread: what it is in, and what to do when a call lasts the bound. */
    private static final class Watched {
        final PolicyCallWatch watch;
        final LongConsumer overdue;
        long seen;
        long seenAt;

        Watched(PolicyCallWatch watch, LongConsumer overdue) {
            this.watch = watch;
            this.overdue = overdue;
        }
    }

    private final long boundNs;
    private final List<Watched> watched = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    DispatchSupervisor(long boundNs) {
        this.boundNs = boundNs;
        this.thread = new Thread(this::run, "hotsched-supervisor");
        this.thread.setDaemon(true);
    }

    /**
     * Watches {@code watch} from {@link #start} on.
     *
     * @param overdue called, on the supervisor's thread, with the state of a call that has lasted the bound
     */
    DispatchSupervisor watch(PolicyCallWatch watch, LongConsumer overdue) {
        watched.add(new Watched(watch, overdue));
        return this;
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
        while (running) {
            long wait = boundNs / 2;
            for (Watched w : watched) {
                wait = Math.min(wait, check(w, System.nanoTime()));
            }
            LockSupport.parkNanos(this, wait);
        }
    }

    /** Looks at one watched thread; returns how long until it needs looking at again. */
    private long check(Watched w, long now) {
        long state = w.watch.state();
        // Looking every half bound, a call is first seen at most half a bound after it began; declared overdue
        // a bound after that, it has lasted between one and one and a half bounds.
        if (!PolicyCallWatch.inCall(state)) {
            w.seen = 0;
        } else if (state != w.seen) {
            w.seen = state;
            w.seenAt = now;
        } else if (now - w.seenAt >= boundNs) {
            w.overdue.accept(state);
            w.seen = 0;
        } else {
            return w.seenAt + boundNs - now;
        }
        return boundNs / 2;
    }
}
