package org.hotsched.core.internal;

import java.util.Arrays;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyMetrics;

/**
 * What a policy sees of the bridge: the backend's machine and clock, and its own metrics.
 *
 * <p>A CPU the policy has just sent a task to still looks idle to the kernel until it picks the task up;
 * so that a round of decisions does not pile every task onto the same idle CPU, the context counts such a
 * CPU as busy until the next round ({@link #newRound()}), like sched_ext's test-and-clear of the idle bit.
 */
final class BridgeContext implements PolicyContext {

    private final SchedulerBackend backend;
    private final long defaultSliceNs;
    private final MetricRegistry metrics;
    private final long[] claimed;

    BridgeContext(SchedulerBackend backend, long defaultSliceNs, MetricRegistry metrics) {
        this.backend = backend;
        this.defaultSliceNs = defaultSliceNs;
        this.metrics = metrics;
        this.claimed = new long[(backend.topology().nrCpus() + 63) >>> 6];
    }

    @Override
    public CpuTopology topology() {
        return backend.topology();
    }

    @Override
    public long nowNs() {
        return backend.nowNs();
    }

    @Override
    public boolean isCpuIdle(int cpu) {
        return cpu >= 0 && cpu < backend.topology().nrCpus() && (claimed[cpu >>> 6] & (1L << (cpu & 63))) == 0
                && backend.isCpuIdle(cpu);
    }

    /** A decision sent a task to {@code cpu}: it is no longer idle for this round. */
    void claim(int cpu) {
        if (cpu >= 0 && cpu < backend.topology().nrCpus()) {
            claimed[cpu >>> 6] |= 1L << (cpu & 63);
        }
    }

    /** The backend has run since the last decisions: trust its idle state again. */
    void newRound() {
        Arrays.fill(claimed, 0L);
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return backend.cgroupIdsUnder(path);
    }

    @Override
    public int backlog() {
        return backend.backlog();
    }

    @Override
    public int queuedInKernel() {
        return backend.queuedInKernel();
    }

    @Override
    public long defaultSliceNs() {
        return defaultSliceNs;
    }

    @Override
    public PolicyMetrics metrics() {
        return metrics;
    }
}
