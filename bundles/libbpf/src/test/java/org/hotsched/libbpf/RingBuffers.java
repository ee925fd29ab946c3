package org.hotsched.libbpf;

import java.lang.foreign.MemorySegment;

/** The two ring buffers of a {@link RoundTripObject}: "queued" (kernel to Java) and "dispatched" (Java to kernel). */
final class RingBuffers {

    final MemorySegment kernel;
    final MemorySegment user;
    private final MemorySegment callState;

    private RingBuffers(MemorySegment kernel, MemorySegment user, MemorySegment callState) {
        this.kernel = kernel;
        this.user = user;
        this.callState = callState;
    }

    /** Opens both; {@code sampleStub} is the ring_buffer_sample_fn upcall that gets each queued record. */
    static RingBuffers open(RoundTripObject rt, MemorySegment sampleStub) {
        MemorySegment kernel = LibbpfErrno.ring_buffer__new(rt.callState, rt.queuedFd, sampleStub,
                MemorySegment.NULL, MemorySegment.NULL);
        if (kernel.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("ring_buffer__new: " + LibbpfErrno.message(LibbpfErrno.errno(rt.callState)));
        }
        MemorySegment user = LibbpfErrno.user_ring_buffer__new(rt.callState, rt.dispatchedFd, MemorySegment.NULL);
        if (user.equals(MemorySegment.NULL)) {
            int errno = LibbpfErrno.errno(rt.callState);
            Libbpf.ring_buffer__free(kernel);
            throw new IllegalStateException("user_ring_buffer__new: " + LibbpfErrno.message(errno));
        }
        return new RingBuffers(kernel, user, rt.callState);
    }

    /** A hotsched_dispatch record in the user ring buffer, or NULL with errno in the object's call state. */
    MemorySegment reserve() {
        return LibbpfErrno.user_ring_buffer__reserve(callState, user, (int) hotsched_dispatch.sizeof());
    }

    /** Frees both; the sample upcall stub must outlive this call. */
    void free() {
        Libbpf.ring_buffer__free(kernel);
        Libbpf.user_ring_buffer__free(user);
    }
}
