package org.hotsched.api;

import org.osgi.annotation.versioning.ProviderType;

/** Where a policy publishes its own counters; they appear in {@code sched:stats}. */
@ProviderType
public interface PolicyMetrics {

    /**
     * The counter with this name, created on first use. Look counters up once (in
     * {@link SchedulerPolicy#attach}) and keep them: the lookup allocates, {@link Counter#add} does not.
     */
    Counter counter(String name);

    /** A monotonically increasing count, written by the dispatch thread. */
    interface Counter {
        void add(long delta);

        default void increment() {
            add(1);
        }

        long get();
    }
}
