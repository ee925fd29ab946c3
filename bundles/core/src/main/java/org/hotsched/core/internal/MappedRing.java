package org.hotsched.core.internal;

import java.lang.foreign.MemorySegment;

import org.hotsched.libbpf.Libbpf;

/**
 * A BPF ring buffer (the kernel-to-user "queued" ring) read in place from its mapped pages, as libbpf's
 * ring_buffer__consume reads it, without its upcall from native code into Java per record (the upcall was
 * nearly half of what copying a record out cost: 40.6 ns per task with it, 22.9 without, in the ring-path
 * bench). The layout is the kernel's ({@link RingPages}). Each record starts with an 8-byte header whose
 * first word is its length, with a busy bit while the producer still writes it and a discard bit when it gave
 * the record up.
 *
 * <p>libbpf's ring_buffer over the same map still does the waiting (epoll): both read the positions from
 * these pages, so either may consume next. Owned by the dispatch thread; draining allocates nothing.
 * Public only for the ring-path bench; the package is not exported by the bundle.
 */
public final class MappedRing extends RingView {

    private static final int DISCARD = Libbpf.BPF_RINGBUF_DISCARD_BIT();

    /** Over the pages of a ring buffer map, as {@link #map} maps them or a test lays them out. */
    MappedRing(RingPages pages) {
        super(pages);
    }

    /**
     * Maps the ring buffer map {@code mapFd} of {@code ringBytes} (its max_entries) into this process.
     *
     * @throws BpfLoadException one line naming the ring and why it could not be mapped
     */
    public static MappedRing map(MemorySegment callState, int mapFd, long ringBytes, String name)
            throws BpfLoadException {
        return new MappedRing(RingPages.map(callState, mapFd, ringBytes, name, RingPages.UserSide.CONSUMER));
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
}
