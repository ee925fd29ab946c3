package org.hotsched.core.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

import org.hotsched.api.TaskBuffer;
import org.hotsched.libbpf.hotsched_queued_task;

/**
 * Copies {@code struct hotsched_queued_task} records from the queued ring buffer into a {@link TaskBuffer}.
 * Fields are read by address from one segment spanning all memory, at the offsets of the generated layout:
 * no segment is made per record, so nothing is allocated (a segment per record escaped libbpf's upcall and
 * cost 80 bytes each). Public only for the ring-path bench; the package is not exported by the bundle.
 */
public final class QueuedRecordCopier {

    /** All of memory, to read ring-buffer records by address without a segment per record. */
    private static final MemorySegment ALL_MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private final TaskBuffer batch;
    private final byte[] comm = new byte[TaskBuffer.COMM_LEN];
    private final long[] mask = new long[16];

    public QueuedRecordCopier(TaskBuffer batch) {
        this.batch = batch;
    }

    /** Appends the record at {@code record} (a native address) to the batch. */
    public void copy(long record) {
        for (int w = 0; w < mask.length; w++) {
            mask[w] = ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.cpumask$offset() + 8L * w);
        }
        int len = 0;
        byte c;
        while (len < comm.length && (c = ALL_MEMORY.get(JAVA_BYTE, record + hotsched_queued_task.comm$offset() + len)) != 0) {
            comm[len++] = c;
        }
        batch.append()
                .pid(ALL_MEMORY.get(JAVA_INT, record + hotsched_queued_task.pid$offset()))
                .tgid(ALL_MEMORY.get(JAVA_INT, record + hotsched_queued_task.tgid$offset()))
                .prevCpu(ALL_MEMORY.get(JAVA_INT, record + hotsched_queued_task.prev_cpu$offset()))
                .weight(ALL_MEMORY.get(JAVA_INT, record + hotsched_queued_task.weight$offset()))
                .runtimeNs(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.runtime_ns$offset()))
                .nvcsw(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.nvcsw$offset()))
                .enqFlags(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.enq_flags$offset()))
                .generation(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.generation$offset()))
                .vtime(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.vtime$offset()))
                .cpuMask(mask)
                .comm(comm, len);
    }
}
