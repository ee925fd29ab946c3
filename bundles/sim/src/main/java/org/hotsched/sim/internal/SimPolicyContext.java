package org.hotsched.sim.internal;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyMetrics;
import org.hotsched.sim.SimKernel;

/** What a policy sees of the simulated machine: topology, virtual clock, idle CPUs, backlog, its metrics. */
public final class SimPolicyContext implements PolicyContext {

    private final SimKernel kernel;
    private final SimPolicyMetrics metrics = new SimPolicyMetrics();

    public SimPolicyContext(SimKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public CpuTopology topology() {
        return kernel.topology();
    }

    @Override
    public long nowNs() {
        return kernel.nowNs();
    }

    @Override
    public boolean isCpuIdle(int cpu) {
        return kernel.isCpuIdle(cpu);
    }

    @Override
    public int backlog() {
        return kernel.backlog();
    }

    @Override
    public int queuedInKernel() {
        return kernel.queuedInKernel();
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return kernel.cgroupIdsUnder(path);
    }

    @Override
    public long defaultSliceNs() {
        return kernel.config().defaultSliceNs();
    }

    @Override
    public PolicyMetrics metrics() {
        return metrics;
    }

    public SimPolicyMetrics simMetrics() {
        return metrics;
    }
}
