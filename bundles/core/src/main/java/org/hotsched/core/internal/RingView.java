package org.hotsched.core.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

import org.hotsched.libbpf.Libbpf;

/**
 * One side of a BPF ring buffer read or written in place in its {@link RingPages}: what both sides need to
 * follow the kernel's record protocol (positions, record headers, where the data start), and giving the
 * pages back. Owned by one thread. Public only for the ring-path bench; the package is not exported.
 */
public abstract sealed class RingView implements AutoCloseable permits MappedRing, MappedUserRing {

    /** A consumer or producer position: a byte count that only grows, masked to find its place in the data. */
    static final VarHandle POSITION = ValueLayout.JAVA_LONG.varHandle();
    /** A record header's first word: its length, with the busy and discard bits. */
    static final VarHandle HEADER = ValueLayout.JAVA_INT.varHandle();
    static final int BUSY = Libbpf.BPF_RINGBUF_BUSY_BIT();
    static final int HEADER_BYTES = Libbpf.BPF_RINGBUF_HDR_SZ();

    private final RingPages pages;
    final MemorySegment consumerPage;
    /** The producer page, then the data twice. */
    final MemorySegment producerPages;
    /** Where the data start in {@link #producerPages}, as an offset and as an address. */
    final long dataOffset;
    final long dataAddress;
    final long ringBytes;
    final long mask;
    private boolean closed;

    RingView(RingPages pages) {
        this.pages = pages;
        this.consumerPage = pages.consumerPage();
        this.producerPages = pages.producerPages();
        this.dataOffset = pages.pageSize();
        this.dataAddress = pages.dataAddress();
        this.ringBytes = pages.ringBytes();
        this.mask = ringBytes - 1;
    }

    /** Unmaps the ring if it was mapped ({@link RingPages#map}); once. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pages.unmap();
        }
    }
}
