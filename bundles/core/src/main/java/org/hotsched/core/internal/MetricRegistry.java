package org.hotsched.core.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.hotsched.api.PolicyMetrics;

/** Counters a policy publishes. Written by the dispatch thread, read by anyone. */
final class MetricRegistry implements PolicyMetrics {

    private final Map<String, SingleWriterCounter> counters = new ConcurrentHashMap<>();

    @Override
    public Counter counter(String name) {
        return counters.computeIfAbsent(name, n -> new SingleWriterCounter());
    }

    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((name, c) -> out.put(name, c.get()));
        return out;
    }

    /**
     * One writer thread, so a plain add with a release store is enough; readers see a recent value. What a policy
     * counts while it is prepared (its warm-up on synthetic tasks, on {@link SwapPreparer}'s thread) is not kept:
     * it would be counted as real work, and written beside the dispatch thread when two versions of a policy share
     * a counter.
     */
    private static final class SingleWriterCounter implements Counter {
        private volatile long value;

        @Override
        @SuppressWarnings("NonAtomicOperationOnVolatileField")
        public void add(long delta) {
            if (!(Thread.currentThread() instanceof SwapPreparer.PreparingThread)) {
                value = value + delta;
            }
        }

        @Override
        public long get() {
            return value;
        }
    }
}
