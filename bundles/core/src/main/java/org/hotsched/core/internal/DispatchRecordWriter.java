package org.hotsched.core.internal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.hotsched_dispatch;

/**
 * Writes one {@code struct hotsched_dispatch} into the "dispatched" user ring buffer: reserve, fill,
 * submit. Fields are written by address, as {@link QueuedRecordCopier} reads them, so no segment is made
 * per decision. Public only for the ring-path bench; the package is not exported by the bundle.
 */
public final class DispatchRecordWriter {

    /** All of memory, to write reserved records by address. */
    private static final MemorySegment ALL_MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    private static final int SIZE = (int) hotsched_dispatch.sizeof();

    private final MemorySegment userRing;
    private long written;

    public DispatchRecordWriter(MemorySegment userRing) {
        this.userRing = userRing;
    }

    /**
     * Sends one decision; {@code false} when the ring has no room (the BPF side drains it in its next
     * ops.dispatch). Reserve fails only for want of room once the ring exists: the size is fixed and fits.
     */
    public boolean write(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        MemorySegment slot = Libbpf.user_ring_buffer__reserve(userRing, SIZE);
        long at = slot.address();
        if (at == 0) {
            return false;
        }
        ALL_MEMORY.set(JAVA_INT, at + hotsched_dispatch.pid$offset(), pid);
        ALL_MEMORY.set(JAVA_INT, at + hotsched_dispatch.cpu$offset(), cpu);
        ALL_MEMORY.set(JAVA_LONG, at + hotsched_dispatch.generation$offset(), generation);
        ALL_MEMORY.set(JAVA_LONG, at + hotsched_dispatch.slice_ns$offset(), sliceNs);
        ALL_MEMORY.set(JAVA_LONG, at + hotsched_dispatch.vtime$offset(), vtime);
        // DispatchSink.PREEMPT is HOTSCHED_DISPATCH_PREEMPT (KernelConstantsTest); no other bit is defined.
        ALL_MEMORY.set(JAVA_LONG, at + hotsched_dispatch.flags$offset(), flags & Libbpf.HOTSCHED_DISPATCH_PREEMPT());
        Libbpf.user_ring_buffer__submit(userRing, slot);
        written++;
        return true;
    }

    /** Decisions submitted so far. */
    public long written() {
        return written;
    }
}
