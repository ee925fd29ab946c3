package org.hotsched.core.internal;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.hotsched.api.TaskBuffer;
import org.hotsched.libbpf.Libbpf;
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
    /** Eight comm bytes at a time, in the machine's byte order as the record holds them. */
    private static final VarHandle COMM_WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final TaskBuffer batch;
    private final byte[] comm = new byte[TaskBuffer.COMM_LEN];
    /** The record's mask words that cover the batch's CPUs: the kernel side zeroes the rest, the batch keeps no more. */
    private final long[] mask;

    public QueuedRecordCopier(TaskBuffer batch) {
        this.batch = batch;
        this.mask = new long[Math.min(batch.maskCpus() >>> 6, Libbpf.HOTSCHED_MASK_WORDS())];
    }

    /** Appends the record at {@code record} (a native address) to the batch. */
    public void copy(long record) {
        for (int w = 0; w < mask.length; w++) {
            mask[w] = ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.cpumask$offset() + 8L * w);
        }
        // comm is NUL-padded: two word reads, and the first zero byte found in the words, not byte by byte.
        long commLow = ALL_MEMORY.get(JAVA_LONG_UNALIGNED, record + hotsched_queued_task.comm$offset());
        long commHigh = ALL_MEMORY.get(JAVA_LONG_UNALIGNED, record + hotsched_queued_task.comm$offset() + 8);
        COMM_WORDS.set(comm, 0, commLow);
        COMM_WORDS.set(comm, 8, commHigh);
        int len = firstZeroByte(commLow);
        if (len == 8) {
            len += firstZeroByte(commHigh);
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
                .cgroupId(ALL_MEMORY.get(JAVA_LONG, record + hotsched_queued_task.cgroup_id$offset()))
                .cpuMask(mask)
                .comm(comm, len);
    }

    /** Index of the first zero byte of {@code word} in memory order (little-endian), or 8 when it has none. */
    static int firstZeroByte(long word) {
        // The lowest byte flagged is exact: a false positive can only sit above a true zero byte.
        long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
        return zeros == 0 ? 8 : Long.numberOfTrailingZeros(zeros) >>> 3;
    }
}
