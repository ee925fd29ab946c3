package org.hotsched.core.bench;

import java.lang.foreign.MemorySegment;

import org.hotsched.api.DispatchSink;
import org.hotsched.core.internal.DispatchRecordWriter;

/** Writes each decision into the "dispatched" user ring buffer with core's own DispatchRecordWriter, as BpfBackend does. */
final class UserRingSink implements DispatchSink {

    private final DispatchRecordWriter writer;

    UserRingSink(MemorySegment userRing) {
        this.writer = new DispatchRecordWriter(userRing);
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        return writer.write(pid, generation, cpu, sliceNs, vtime, flags);
    }

    /** As BpfBackend.dispatchRoom: a full ring shows as a refused dispatch. */
    @Override
    public int remaining() {
        return Integer.MAX_VALUE;
    }
}
