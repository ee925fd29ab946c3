package org.hotsched.sim.internal;

import java.util.List;

import org.HdrHistogram.Histogram;

/** Per task class: tasks started, CPU time, bursts completed and the runnable-to-running wait histogram. */
final class ClassMetrics {

    /** Longest wait a histogram tracks exactly; longer waits are recorded as this. */
    static final long MAX_TRACKED_WAIT_NS = 3_600_000_000_000L;

    final List<String> names;
    final long[] tasks;
    final long[] cpuTimeNs;
    final long[] bursts;
    final Histogram[] wait;

    ClassMetrics(List<String> names) {
        this.names = List.copyOf(names);
        int n = names.size();
        tasks = new long[n];
        cpuTimeNs = new long[n];
        bursts = new long[n];
        wait = new Histogram[n];
        for (int i = 0; i < n; i++) {
            wait[i] = new Histogram(MAX_TRACKED_WAIT_NS, 3);
        }
    }

    int size() {
        return names.size();
    }

    /** Records a wait; allocation-free, as the histogram never resizes. */
    void recordWait(int cls, long ns) {
        wait[cls].recordValue(Math.min(Math.max(ns, 0L), MAX_TRACKED_WAIT_NS));
    }
}
