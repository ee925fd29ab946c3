package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import org.hotsched.api.TaskBuffer;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.hotsched_queued_task;
import org.junit.After;
import org.junit.Test;

/**
 * The ring's record protocol on memory laid out as the kernel maps a ring buffer, written here as the
 * producer would: committed, discarded and still-busy records, a position past the end of the data, and the
 * bound on records per drain. The kernel's own ring, filled by a BPF program, is read in
 * {@code org.hotsched.core.bench.MappedRingKernelTest}.
 */
public class MappedRingTest {

    private static final long PAGE = 4096;
    private static final long RING = 4096;
    private static final long RECORD = hotsched_queued_task.sizeof();
    /** Header plus record, rounded up to 8 as the kernel lays records out. */
    private static final long SLOT = (Libbpf.BPF_RINGBUF_HDR_SZ() + RECORD + 7) & ~7L;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment consumerPage = arena.allocate(PAGE, PAGE);
    private final MemorySegment producerPages = arena.allocate(PAGE + 2 * RING, PAGE);
    private final MappedRing ring = new MappedRing(consumerPage, producerPages, PAGE, RING);
    private final TaskBuffer batch = new TaskBuffer(64, 64);
    private final QueuedRecordCopier copier = new QueuedRecordCopier(batch);
    private long producer;

    @After
    public void freeMemory() {
        arena.close();
    }

    /** Writes a record for {@code pid} at the producer position with the given header flags, and moves on. */
    private void produce(int pid, int flags) {
        produce(pid, flags, RECORD);
    }

    /** As {@link #produce(int, int)}, with a record length of {@code length} bytes in the header. */
    private void produce(int pid, int flags, long length) {
        long at = PAGE + (producer & (RING - 1));
        MemorySegment rec = producerPages.asSlice(at + Libbpf.BPF_RINGBUF_HDR_SZ(), RECORD);
        rec.fill((byte) 0);
        hotsched_queued_task.pid(rec, pid);
        hotsched_queued_task.generation(rec, pid * 10L);
        producerPages.set(ValueLayout.JAVA_INT, at, (int) length | flags);
        producer += (Libbpf.BPF_RINGBUF_HDR_SZ() + length + 7) & ~7L;
        producerPages.set(ValueLayout.JAVA_LONG, 0, producer);
    }

    private long consumerPosition() {
        return consumerPage.get(ValueLayout.JAVA_LONG, 0);
    }

    @Test
    public void copiesCommittedRecordsInOrderAndSkipsDiscardedOnes() {
        produce(1, 0);
        produce(2, Libbpf.BPF_RINGBUF_DISCARD_BIT());
        produce(3, 0);

        assertEquals(2, ring.drain(copier, 64));

        assertEquals(2, batch.size());
        assertEquals(1, batch.task(0).pid());
        assertEquals(10L, batch.task(0).generation());
        assertEquals(3, batch.task(1).pid());
        assertEquals("all three records' space is given back", 3 * SLOT, consumerPosition());
        assertEquals(0, ring.drain(copier, 64));
    }

    /** The kernel lays records out 8-aligned: a length that is not a multiple of 8 is rounded up. */
    @Test
    public void roundsEachRecordUpToEightBytes() {
        produce(1, Libbpf.BPF_RINGBUF_DISCARD_BIT(), 13);
        produce(2, 0, RECORD + 1);
        produce(3, 0);

        assertEquals(2, ring.drain(copier, 64));
        assertEquals(2, batch.task(0).pid());
        assertEquals(3, batch.task(1).pid());
        assertEquals(24 + ((8 + RECORD + 1 + 7) & ~7L) + SLOT, consumerPosition());
    }

    @Test
    public void stopsAtARecordTheProducerStillWrites() {
        produce(1, 0);
        produce(2, Libbpf.BPF_RINGBUF_BUSY_BIT());
        produce(3, 0);

        assertEquals(1, ring.drain(copier, 64));
        assertEquals(SLOT, consumerPosition());

        long busyAt = PAGE + SLOT;
        producerPages.set(ValueLayout.JAVA_INT, busyAt, (int) RECORD);
        assertEquals(2, ring.drain(copier, 64));
        assertEquals(3, batch.size());
        assertEquals(2, batch.task(1).pid());
        assertEquals(3 * SLOT, consumerPosition());
    }

    @Test
    public void takesNoMoreThanAskedAndLeavesTheRestForTheNextDrain() {
        for (int pid = 1; pid <= 5; pid++) {
            produce(pid, 0);
        }

        assertEquals(2, ring.drain(copier, 2));
        assertEquals(2 * SLOT, consumerPosition());
        assertEquals(3, ring.drain(copier, 64));
        assertEquals(5, batch.task(4).pid());
    }

    @Test
    public void masksPositionsThatRunPastTheEndOfTheData() {
        // Positions grow without bound; records sit at position modulo the ring size. The first record starts
        // 96 bytes before the end of the data and runs on into its second mapping, read as one piece.
        long start = 4 * RING - 96;
        producer = start;
        consumerPage.set(ValueLayout.JAVA_LONG, 0, start);
        produce(7, 0);
        produce(8, 0);

        assertEquals(2, ring.drain(copier, 64));
        assertEquals(7, batch.task(0).pid());
        assertEquals(8, batch.task(1).pid());
        assertEquals(start + 2 * SLOT, consumerPosition());
    }
}
