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

    /** Puts every counter back to its value in {@code snapshot} (0 for one created since): a warm-up leaves no trace. */
    void restore(Map<String, Long> snapshot) {
        counters.forEach((name, c) -> c.value = snapshot.getOrDefault(name, 0L));
    }

    /** One writer thread, so a plain add with a release store is enough; readers see a recent value. */
    private static final class SingleWriterCounter implements Counter {
        private volatile long value;

        @Override
        @SuppressWarnings("NonAtomicOperationOnVolatileField")
        public void add(long delta) {
            value = value + delta;
        }

        @Override
        public long get() {
            return value;
        }
    }
}
