package org.hotsched.core.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A BPF user ring buffer (the user-to-kernel "dispatched" ring) written in place in its mapped pages, as
 * libbpf's user_ring_buffer__reserve and __submit write it, without their two downcalls per record (in the
 * ring-path bench a decision cost Java 43.5 ns per task through them, C 12.4). The layout is the kernel's
 * ({@link RingPages}); here the kernel consumes, and writes the consumer position, and user space produces.
 * A record starts with an 8-byte header, its length with the busy bit set while it is written; the kernel's
 * bpf_user_ringbuf_drain stops at a busy record, so the producer position may move before the record is
 * complete.
 *
 * <p>One producer: owned by the dispatch thread, as libbpf's producer is not thread-safe either. Writing
 * allocates nothing. Public only for the ring-path bench; the package is not exported by the bundle.
 */
public final class MappedUserRing extends RingView {

    /** Over the pages of a user ring buffer map, as {@link #map} maps them or a test lays them out. */
    MappedUserRing(RingPages pages) {
        super(pages);
    }

    /**
     * Maps the user ring buffer map {@code mapFd} of {@code ringBytes} (its max_entries) into this process.
     *
     * @throws BpfLoadException one line naming the ring and why it could not be mapped
     */
    public static MappedUserRing map(MemorySegment callState, int mapFd, long ringBytes, String name)
            throws BpfLoadException {
        return new MappedUserRing(RingPages.map(callState, mapFd, ringBytes, name, RingPages.UserSide.PRODUCER));
    }

    /**
     * Reserves a record of {@code size} bytes and returns the address of its first byte, or 0 when the ring
     * has no room for it now (the kernel frees room as it drains). The record stays invisible to the kernel
     * until {@link #submit}; reserve the next only after submitting this one.
     */
    public long reserve(int size) {
        long consumer = (long) POSITION.getAcquire(consumerPage, 0L);
        long producer = (long) POSITION.get(producerPages, 0L);
        long total = (size + HEADER_BYTES + 7) & ~7L;
        if (ringBytes - (producer - consumer) < total) {
            return 0;
        }
        long header = dataOffset + (producer & mask);
        producerPages.set(ValueLayout.JAVA_INT, header, size | BUSY);
        producerPages.set(ValueLayout.JAVA_INT, header + 4, 0);
        // The kernel stops at the busy header, so the position may move before the record is written.
        POSITION.setRelease(producerPages, 0L, producer + total);
        return dataAddress + ((producer + HEADER_BYTES) & mask);
    }

    /**
     * Hands the record reserved at {@code record} to the kernel: clears its header's busy bit after
     * everything written into the record (a release store, which the kernel's acquire load pairs with).
     */
    public void submit(long record) {
        long header = dataOffset + ((record - dataAddress - HEADER_BYTES) & mask);
        int size = producerPages.get(ValueLayout.JAVA_INT, header) & ~BUSY;
        HEADER.setRelease(producerPages, header, size);
    }
}
