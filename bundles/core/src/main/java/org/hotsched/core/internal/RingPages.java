package org.hotsched.core.internal;

import java.lang.foreign.MemorySegment;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;

/**
 * The pages of a BPF ring buffer map as user space maps them (kernel/bpf/ringbuf.c): a page holding the
 * consumer position; then a page holding the producer position followed by the {@code ringBytes} of data
 * mapped twice in a row, so that a record wrapping around the end reads and writes as one piece. The side
 * that consumes may write the consumer page, the side that produces the rest: for the kernel's rings user
 * space consumes, for user rings it produces.
 *
 * @param consumerPage  holds the consumer position
 * @param producerPages the producer position, then from {@code pageSize} on the data twice
 * @param pageSize      the page size, where the data start in {@code producerPages}
 * @param ringBytes     the data's size, a power of two
 * @param mapped        whether {@link #map} mapped them, so {@link #unmap} gives them back
 */
record RingPages(MemorySegment consumerPage, MemorySegment producerPages, long pageSize, long ringBytes,
                 boolean mapped) {

    /** Which side user space is: it may write only that side's pages. */
    enum UserSide { CONSUMER, PRODUCER }

    RingPages {
        if (Long.bitCount(ringBytes) != 1 || producerPages.byteSize() < pageSize + 2 * ringBytes) {
            throw new IllegalArgumentException(badSize(ringBytes) + " in " + producerPages.byteSize()
                    + " mapped bytes: it must be mapped twice after the producer page");
        }
    }

    /** Memory laid out as the kernel maps a ring, that this process owns (tests). */
    RingPages(MemorySegment consumerPage, MemorySegment producerPages, long pageSize, long ringBytes) {
        this(consumerPage, producerPages, pageSize, ringBytes, false);
    }

    /** Where the data start, as an address. */
    long dataAddress() {
        return producerPages.address() + pageSize;
    }

    /**
     * Maps the ring buffer map {@code mapFd} of {@code ringBytes} (its max_entries) into this process, writable
     * on the side user space is.
     *
     * @throws BpfLoadException one line naming the ring ({@code name}) and why it could not be mapped
     */
    static RingPages map(MemorySegment callState, int mapFd, long ringBytes, String name, UserSide side)
            throws BpfLoadException {
        if (Long.bitCount(ringBytes) != 1) {
            throw new IllegalArgumentException(badSize(ringBytes));
        }
        int readWrite = Libbpf.PROT_READ() | Libbpf.PROT_WRITE();
        long pageSize = Libbpf.sysconf(Libbpf._SC_PAGESIZE());
        MemorySegment consumer = LibbpfErrno.mmap(callState, MemorySegment.NULL, pageSize,
                side == UserSide.CONSUMER ? readWrite : Libbpf.PROT_READ(), Libbpf.MAP_SHARED(), mapFd, 0);
        if (consumer.address() == -1L) {
            throw new BpfLoadException("attach: cannot map the consumer page of the " + name + " ring buffer ("
                    + LibbpfErrno.message(LibbpfErrno.errno(callState)) + ")");
        }
        long producerBytes = pageSize + 2 * ringBytes;
        MemorySegment producer = LibbpfErrno.mmap(callState, MemorySegment.NULL, producerBytes,
                side == UserSide.PRODUCER ? readWrite : Libbpf.PROT_READ(), Libbpf.MAP_SHARED(), mapFd, pageSize);
        if (producer.address() == -1L) {
            String why = LibbpfErrno.message(LibbpfErrno.errno(callState));
            Libbpf.munmap(consumer, pageSize);
            throw new BpfLoadException("attach: cannot map the data pages of the " + name + " ring buffer (" + why + ")");
        }
        return new RingPages(consumer.reinterpret(pageSize), producer.reinterpret(producerBytes), pageSize,
                ringBytes, true);
    }

    /** Gives mapped pages back to the kernel; nothing for memory this process owns. Call once. */
    void unmap() {
        if (mapped) {
            Libbpf.munmap(producerPages, producerPages.byteSize());
            Libbpf.munmap(consumerPage, consumerPage.byteSize());
        }
    }

    private static String badSize(long ringBytes) {
        return "a ring buffer of " + ringBytes + " bytes: the kernel's are a power of two";
    }
}
