package org.hotsched.core.bench;

import java.lang.foreign.MemorySegment;

import org.hotsched.api.DispatchSink;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.hotsched_dispatch;

/** Writes each decision into the "dispatched" user ring buffer, as core's BpfBackend.dispatch does. */
final class UserRingSink implements DispatchSink {

    private final MemorySegment userRing;
    private final MemorySegment callState;

    UserRingSink(MemorySegment userRing, MemorySegment callState) {
        this.userRing = userRing;
        this.callState = callState;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime) {
        MemorySegment slot = LibbpfErrno.user_ring_buffer__reserve(callState, userRing,
                (int) hotsched_dispatch.sizeof());
        if (slot.address() == 0) {
            return false;
        }
        MemorySegment d = slot.reinterpret(hotsched_dispatch.sizeof());
        hotsched_dispatch.pid(d, pid);
        hotsched_dispatch.cpu(d, cpu);
        hotsched_dispatch.generation(d, generation);
        hotsched_dispatch.slice_ns(d, sliceNs);
        hotsched_dispatch.vtime(d, vtime);
        Libbpf.user_ring_buffer__submit(userRing, d);
        return true;
    }

    /** As BpfBackend.dispatchRoom: a full ring shows as a refused dispatch. */
    @Override
    public int remaining() {
        return Integer.MAX_VALUE;
    }
}
