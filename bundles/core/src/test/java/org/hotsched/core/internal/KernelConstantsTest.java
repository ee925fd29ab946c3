package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;

import org.hotsched.api.DispatchSink;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.hotsched_dispatch;
import org.hotsched.sim.SimKernel;
import org.junit.Test;

/**
 * The constants the API and the simulator repeat from bpf/intf.h (through the drift-checked bindings) are
 * the same, so a policy sees the same limits on both backends.
 */
public class KernelConstantsTest {

    private static void requireLibbpf() {
        boolean present;
        try {
            LibbpfLoader.load();
            present = true;
        } catch (RuntimeException | LinkageError e) {
            present = false;
        }
        Prerequisite.require(present, "libbpf.so.1 is not installed (apt-get install libbpf-dev)");
    }

    @Test
    public void sliceLimitsAreIntfHs() {
        requireLibbpf();
        assertEquals(Libbpf.HOTSCHED_MIN_SLICE_NS(), DispatchSink.MIN_SLICE_NS);
        assertEquals(Libbpf.HOTSCHED_MAX_SLICE_NS(), DispatchSink.MAX_SLICE_NS);
    }

    @Test
    public void thePreemptFlagIsIntfHs() {
        requireLibbpf();
        assertEquals(Libbpf.HOTSCHED_DISPATCH_PREEMPT(), DispatchSink.PREEMPT);
    }

    @Test
    public void theSimulatorsDispatchedRingHoldsWhatTheBpfOneHolds() {
        requireLibbpf();
        long bpf = Libbpf.HOTSCHED_DISPATCHED_RING_BYTES() / (hotsched_dispatch.sizeof() + Libbpf.BPF_RINGBUF_HDR_SZ());
        assertEquals(bpf, SimKernel.DISPATCHED_RING_CAPACITY);
    }

    @Test
    public void theSimulatorHoldsAReadTaskAsLongAsTheBpfSide() {
        requireLibbpf();
        assertEquals(Libbpf.HOTSCHED_HELD_BUDGET_NS(), SimKernel.HELD_BUDGET_NS);
    }
}
