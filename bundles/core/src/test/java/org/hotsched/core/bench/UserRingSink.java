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

    /**
     * Not counted here: each iteration's test run drains every decision of the one before, so the ring never
     * fills (a full one would show as a refused dispatch, which the bench reports as an error).
     */
    @Override
    public int remaining() {
        return Integer.MAX_VALUE;
    }
}
