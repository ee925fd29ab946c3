package org.hotsched.libbpf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * On the host kernel, as root: decisions go to BPF through the user ring buffer, bpf/test/roundtrip.bpf.c
 * turns each into a queued-task record, and they come back through the ring buffer, every field checked.
 */
public class RoundTripTest {

    private static final int RECORDS = 300;
    private static byte[] elf;

    @BeforeClass
    public static void hostCanRunBpf() {
        elf = Skips.requireRoundTripObject();
    }

    /** Checks each record as it arrives; an exception must never leave an upcall, so it collects failures. */
    private static final class CheckingConsumer implements ring_buffer_sample_fn.Function {
        final List<String> failures = new ArrayList<>();
        long seen;

        @Override
        public int apply(MemorySegment ctx, MemorySegment data, long size) {
            try {
                if (size != hotsched_queued_task.sizeof()) {
                    failures.add("record " + seen + " has " + size + " bytes");
                }
                failures.addAll(WireSamples.mismatches(data.reinterpret(hotsched_queued_task.sizeof()), seen));
            } catch (Throwable t) {
                failures.add("record " + seen + ": " + t);
            }
            seen++;
            return 0;
        }
    }

    @Test
    public void everyFieldOfEveryRecordComesBack() {
        try (RoundTripObject rt = new RoundTripObject(elf, WireSamples.XOR_KEY); Arena arena = Arena.ofConfined()) {
            CheckingConsumer consumer = new CheckingConsumer();
            RingBuffers rings = RingBuffers.open(rt, ring_buffer_sample_fn.allocate(consumer, arena));
            try {
                for (int i = 0; i < RECORDS; i++) {
                    MemorySegment d = rings.reserve();
                    assertNotEquals("reserve " + i, MemorySegment.NULL, d);
                    WireSamples.writeDispatch(d.reinterpret(hotsched_dispatch.sizeof()), i);
                    Libbpf.user_ring_buffer__submit(rings.user, d);
                }
                assertEquals("records drained by the program", RECORDS, rt.run());
                assertEquals("records consumed", RECORDS, Libbpf.ring_buffer__consume(rings.kernel));
                assertEquals(List.of(), consumer.failures);
                assertEquals(RECORDS, consumer.seen);
                assertEquals(0, Libbpf.ring_buffer__consume(rings.kernel));
            } finally {
                rings.free();
            }
            assertEquals(RECORDS, hotsched_stats.nr_user_dispatches(rt.stats));
            assertEquals(RECORDS, hotsched_stats.nr_queued(rt.stats));
            assertEquals(0, hotsched_stats.nr_congested(rt.stats));
        }
    }

    @Test
    public void aFullUserRingBufferRefusesToReserve() {
        try (RoundTripObject rt = new RoundTripObject(elf, WireSamples.XOR_KEY); Arena arena = Arena.ofConfined()) {
            CheckingConsumer consumer = new CheckingConsumer();
            RingBuffers rings = RingBuffers.open(rt, ring_buffer_sample_fn.allocate(consumer, arena));
            try {
                int written = 0;
                for (MemorySegment d; !(d = rings.reserve()).equals(MemorySegment.NULL); written++) {
                    WireSamples.writeDispatch(d.reinterpret(hotsched_dispatch.sizeof()), written);
                    Libbpf.user_ring_buffer__submit(rings.user, d);
                }
                assertEquals("errno of the refused reserve", Libbpf.ENOSPC(), LibbpfErrno.errno(rt.callState));
                int recordBytes = 8 + (int) hotsched_dispatch.sizeof();
                assertEquals("records that fit", RoundTripObject.DISPATCHED_BYTES / recordBytes, written);

                MemorySegment tooBig = LibbpfErrno.user_ring_buffer__reserve(rt.callState, rings.user,
                        RoundTripObject.DISPATCHED_BYTES);
                assertEquals(MemorySegment.NULL, tooBig);
                assertEquals(Libbpf.E2BIG(), LibbpfErrno.errno(rt.callState));

                assertEquals("records drained", written, rt.run());
                MemorySegment again = rings.reserve();
                assertNotEquals("reserve after the drain", MemorySegment.NULL, again);
                Libbpf.user_ring_buffer__discard(rings.user, again);
                assertEquals(written, Libbpf.ring_buffer__consume(rings.kernel));
                assertEquals(List.of(), consumer.failures);
            } finally {
                rings.free();
            }
        }
    }

    @Test
    public void libbpfMessagesDuringLoadReachTheLogger() {
        RecordingLogger log = new RecordingLogger(Level.DEBUG);
        LibbpfLog.install(log);
        try (RoundTripObject rt = new RoundTripObject(elf, 0)) {
            assertTrue("no libbpf debug message names the object; got " + log.entries.size() + " messages",
                    log.containing("roundtrip").stream().anyMatch(e -> e.level() == Level.DEBUG));
            assertTrue(log.entries.stream().allMatch(e -> e.message().startsWith("libbpf: ")));
        } finally {
            LibbpfLog.install();
        }
    }
}
