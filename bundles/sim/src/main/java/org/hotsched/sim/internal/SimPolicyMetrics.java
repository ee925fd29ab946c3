package org.hotsched.sim.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.hotsched.api.PolicyMetrics;

/** A policy's counters under the simulator: plain longs, read back into the report. */
public final class SimPolicyMetrics implements PolicyMetrics {

    private final Map<String, SimCounter> counters = new LinkedHashMap<>();

    @Override
    public Counter counter(String name) {
        return counters.computeIfAbsent(name, n -> new SimCounter());
    }

    /** Every counter by name, sorted. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((name, c) -> out.put(name, c.value));
        return out;
    }

    private static final class SimCounter implements Counter {
        private long value;

        @Override
        public void add(long delta) {
            value += delta;
        }

        @Override
        public long get() {
            return value;
        }
    }
}
