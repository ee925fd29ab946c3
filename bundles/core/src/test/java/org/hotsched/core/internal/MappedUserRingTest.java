package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.hotsched_dispatch;
import org.junit.After;
import org.junit.Test;

/**
 * The user ring's record protocol on memory laid out as the kernel maps a user ring buffer, read here as the
 * kernel's bpf_user_ringbuf_drain reads it: a record is invisible while busy, is 8-aligned, wraps round the
 * end of the data, and the ring refuses a record it has no room for until the consumer moves on. The kernel
 * itself drains what it writes in {@code org.hotsched.core.bench.MappedUserRingKernelTest}.
 */
public class MappedUserRingTest {

    private static final long PAGE = 4096;
    private static final long RING = 4096;
    private static final int HEADER = Libbpf.BPF_RINGBUF_HDR_SZ();
    private static final int BUSY = Libbpf.BPF_RINGBUF_BUSY_BIT();
    private static final int RECORD = (int) hotsched_dispatch.sizeof();
    private static final long SLOT = (HEADER + RECORD + 7) & ~7L;
    private static final MemorySegment ALL_MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment consumerPage = arena.allocate(PAGE, PAGE);
    private final MemorySegment producerPages = arena.allocate(PAGE + 2 * RING, PAGE);
    private final MappedUserRing ring = new MappedUserRing(new RingPages(consumerPage, producerPages, PAGE, RING));
    private final DispatchRecordWriter writer = new DispatchRecordWriter(ring);

    @After
    public void freeMemory() {
        arena.close();
    }

    private long producerPosition() {
        return producerPages.get(ValueLayout.JAVA_LONG, 0);
    }

    private int headerAt(long position) {
        return producerPages.get(ValueLayout.JAVA_INT, PAGE + (position & (RING - 1)));
    }

    /** As the kernel: the pid of the record at the consumer position, if it is submitted, and moves past it. */
    private int consume() {
        long consumer = consumerPage.get(ValueLayout.JAVA_LONG, 0);
        int header = headerAt(consumer);
        assertEquals("the record at " + consumer + " is submitted", 0, header & BUSY);
        int pid = producerPages.get(ValueLayout.JAVA_INT,
                PAGE + ((consumer + HEADER) & (RING - 1)) + hotsched_dispatch.pid$offset());
        consumerPage.set(ValueLayout.JAVA_LONG, 0, consumer + ((header + HEADER + 7) & ~7L));
        return pid;
    }

    @Test
    public void aRecordIsBusyUntilSubmittedAndEightAligned() {
        long at = ring.reserve(13);

        assertEquals(PAGE + HEADER, at - producerPages.address());
        assertEquals(13 | BUSY, headerAt(0));
        assertEquals("header and 13 bytes, rounded up to 8", 24, producerPosition());
        ring.submit(at);
        assertEquals(13, headerAt(0));
    }

    @Test
    public void writesEveryFieldOfADecision() {
        writer.write(42, 7, 1, 3_000_000, 99, Libbpf.HOTSCHED_DISPATCH_PREEMPT() | 0x100);

        long at = producerPages.address() + PAGE + HEADER;
        assertEquals(RECORD, headerAt(0));
        assertEquals(42, ALL_MEMORY.get(ValueLayout.JAVA_INT, at + hotsched_dispatch.pid$offset()));
        assertEquals(1, ALL_MEMORY.get(ValueLayout.JAVA_INT, at + hotsched_dispatch.cpu$offset()));
        assertEquals(7L, ALL_MEMORY.get(ValueLayout.JAVA_LONG, at + hotsched_dispatch.generation$offset()));
        assertEquals(3_000_000L, ALL_MEMORY.get(ValueLayout.JAVA_LONG, at + hotsched_dispatch.slice_ns$offset()));
        assertEquals(99L, ALL_MEMORY.get(ValueLayout.JAVA_LONG, at + hotsched_dispatch.vtime$offset()));
        assertEquals("only the bits the wire format defines", (long) Libbpf.HOTSCHED_DISPATCH_PREEMPT(),
                ALL_MEMORY.get(ValueLayout.JAVA_LONG, at + hotsched_dispatch.flags$offset()));
        assertEquals(1, writer.written());
    }

    @Test
    public void refusesARecordWithoutRoomUntilTheConsumerMovesOn() {
        int fit = (int) (RING / SLOT);
        for (int pid = 1; pid <= fit; pid++) {
            assertEquals(true, writer.write(pid, pid, 0, 1000, 0, 0));
        }

        assertEquals(false, writer.write(fit + 1, 0, 0, 1000, 0, 0));
        assertEquals(fit, writer.written());
        assertEquals(1, consume());
        assertEquals(true, writer.write(fit + 1, 0, 0, 1000, 0, 0));
    }

    @Test
    public void wrapsRoundTheEndOfTheData() {
        // Positions grow without bound. The first record starts 24 bytes before the end of the data and runs on
        // into its second mapping; the next one starts past the end, its header at the start of the data.
        long start = 4 * RING - 24;
        consumerPage.set(ValueLayout.JAVA_LONG, 0, start);
        producerPages.set(ValueLayout.JAVA_LONG, 0, start);

        writer.write(7, 0, 0, 1000, 0, 0);
        long second = ring.reserve(RECORD);
        assertNotEquals(0, second);
        assertEquals(RECORD | BUSY, headerAt(start + SLOT));
        ALL_MEMORY.set(ValueLayout.JAVA_INT, second + hotsched_dispatch.pid$offset(), 8);
        ring.submit(second);

        assertEquals(7, consume());
        assertEquals(8, consume());
        assertEquals(start + 2 * SLOT, producerPosition());
    }

    @Test
    public void submitsARecordWhoseHeaderEndsTheData() {
        // The header sits in the last 8 bytes of the data, the record at the data's start.
        long start = RING - HEADER;
        consumerPage.set(ValueLayout.JAVA_LONG, 0, start);
        producerPages.set(ValueLayout.JAVA_LONG, 0, start);

        long at = ring.reserve(RECORD);
        assertEquals(PAGE, at - producerPages.address());
        ring.submit(at);

        assertEquals(RECORD, headerAt(start));
    }
}
