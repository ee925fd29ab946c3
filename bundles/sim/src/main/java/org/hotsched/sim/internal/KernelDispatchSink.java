package org.hotsched.sim.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.sim.SimKernel;

/** A {@link DispatchSink} that applies each decision to the simulated kernel at once, within its ring's room. */
public final class KernelDispatchSink implements DispatchSink {

    private final SimKernel kernel;

    public KernelDispatchSink(SimKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        return kernel.dispatch(pid, generation, cpu, sliceNs, vtime, flags);
    }

    @Override
    public int remaining() {
        return kernel.dispatchRoom();
    }
}
