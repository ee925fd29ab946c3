package org.hotsched.core.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;

/**
 * A BPF ring buffer (the kernel-to-user "queued" ring) read in place from its mapped pages, as libbpf's
 * ring_buffer__consume reads it, without its upcall from native code into Java per record (the upcall was
 * nearly half of what copying a record out cost: 40.6 ns per task with it, 22.9 without, in the ring-path
 * bench). The layout is the kernel's
 * (kernel/bpf/ringbuf.c): a page holding the consumer position, which user space writes; a page holding
 * the producer position; then the data, mapped twice in a row so that a record wrapping around the end
 * reads as one piece. Each record starts with an 8-byte header whose first word is its length, with a
 * busy bit while the producer still writes it and a discard bit when it gave the record up.
 *
 * <p>libbpf's ring_buffer over the same map still does the waiting (epoll): both read the positions from
 * these pages, so either may consume next. Owned by the dispatch thread; draining allocates nothing.
 * Public only for the ring-path bench; the package is not exported by the bundle.
 */
public final class MappedRing implements AutoCloseable {

    private static final VarHandle POSITION = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle HEADER = ValueLayout.JAVA_INT.varHandle();
    private static final int BUSY = Libbpf.BPF_RINGBUF_BUSY_BIT();
    private static final int DISCARD = Libbpf.BPF_RINGBUF_DISCARD_BIT();
    private static final int HEADER_BYTES = Libbpf.BPF_RINGBUF_HDR_SZ();

    private final MemorySegment consumerPage;
    /** The producer page, then the data twice. */
    private final MemorySegment producerPages;
    private final long dataOffset;
    private final long dataAddress;
    private final long mask;
    private final boolean mapped;
    private boolean closed;

    /**
     * Over a ring laid out as the kernel maps one: {@code consumerPage} holds the consumer position,
     * {@code producerPages} the producer position and, from {@code pageSize} on, {@code ringBytes} (a power
     * of two) of data followed by the same again.
     */
    MappedRing(MemorySegment consumerPage, MemorySegment producerPages, long pageSize, long ringBytes) {
        this(consumerPage, producerPages, pageSize, ringBytes, false);
    }

    private MappedRing(MemorySegment consumerPage, MemorySegment producerPages, long pageSize, long ringBytes,
                       boolean mapped) {
        if (Long.bitCount(ringBytes) != 1 || producerPages.byteSize() < pageSize + 2 * ringBytes) {
            throw new IllegalArgumentException(badSize(ringBytes) + " in " + producerPages.byteSize()
                    + " mapped bytes: it must be mapped twice after the producer page");
        }
        this.consumerPage = consumerPage;
        this.producerPages = producerPages;
        this.dataOffset = pageSize;
        this.dataAddress = producerPages.address() + pageSize;
        this.mask = ringBytes - 1;
        this.mapped = mapped;
    }

    /**
     * Maps the ring buffer map {@code mapFd} of {@code ringBytes} (its max_entries) into this process.
     *
     * @throws BpfLoadException one line naming the ring and why it could not be mapped
     */
    public static MappedRing map(MemorySegment callState, int mapFd, long ringBytes, String name)
            throws BpfLoadException {
        if (Long.bitCount(ringBytes) != 1) {
            throw new IllegalArgumentException(badSize(ringBytes));
        }
        long pageSize = Libbpf.sysconf(Libbpf._SC_PAGESIZE());
        MemorySegment consumer = LibbpfErrno.mmap(callState, MemorySegment.NULL, pageSize,
                Libbpf.PROT_READ() | Libbpf.PROT_WRITE(), Libbpf.MAP_SHARED(), mapFd, 0);
        if (consumer.address() == -1L) {
            throw new BpfLoadException("attach: cannot map the consumer page of the " + name + " ring buffer ("
                    + LibbpfErrno.message(LibbpfErrno.errno(callState)) + ")");
        }
        long producerBytes = pageSize + 2 * ringBytes;
        MemorySegment producer = LibbpfErrno.mmap(callState, MemorySegment.NULL, producerBytes,
                Libbpf.PROT_READ(), Libbpf.MAP_SHARED(), mapFd, pageSize);
        if (producer.address() == -1L) {
            String why = LibbpfErrno.message(LibbpfErrno.errno(callState));
            Libbpf.munmap(consumer, pageSize);
            throw new BpfLoadException("attach: cannot map the data pages of the " + name + " ring buffer (" + why + ")");
        }
        return new MappedRing(consumer.reinterpret(pageSize), producer.reinterpret(producerBytes), pageSize,
                ringBytes, true);
    }

    /**
     * Copies up to {@code max} records that are ready into {@code copier}, in the order they were produced,
     * and gives their space back to the producer record by record. Returns how many it copied; stops early at
     * a record the producer still writes.
     */
    public int drain(QueuedRecordCopier copier, int max) {
        long consumer = (long) POSITION.getAcquire(consumerPage, 0L);
        int copied = 0;
        while (copied < max) {
            long producer = (long) POSITION.getAcquire(producerPages, 0L);
            if (consumer >= producer) {
                return copied;
            }
            while (consumer < producer && copied < max) {
                long at = consumer & mask;
                int header = (int) HEADER.getAcquire(producerPages, dataOffset + at);
                if ((header & BUSY) != 0) {
                    return copied;
                }
                if ((header & DISCARD) == 0) {
                    copier.copy(dataAddress + at + HEADER_BYTES);
                    copied++;
                }
                consumer += ((header & ~DISCARD) + HEADER_BYTES + 7) & ~7L;
                POSITION.setRelease(consumerPage, 0L, consumer);
            }
        }
        return copied;
    }

    private static String badSize(long ringBytes) {
        return "a ring buffer of " + ringBytes + " bytes: the kernel's are a power of two";
    }

    /** Unmaps the ring if {@link #map} mapped it; once. */
    @Override
    public void close() {
        if (mapped && !closed) {
            closed = true;
            Libbpf.munmap(producerPages, producerPages.byteSize());
            Libbpf.munmap(consumerPage, consumerPage.byteSize());
        }
    }
}
