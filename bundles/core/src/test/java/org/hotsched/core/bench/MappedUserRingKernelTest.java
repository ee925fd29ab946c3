package org.hotsched.core.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

import org.hotsched.core.internal.BpfLoadException;
import org.hotsched.core.internal.DispatchRecordWriter;
import org.hotsched.core.internal.MappedUserRing;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.hotsched_dispatch;
import org.junit.Test;

/**
 * core's {@link MappedUserRing} and {@link DispatchRecordWriter} against the kernel's own user ring buffer:
 * bench_rings.bpf.o, run with BPF_PROG_TEST_RUN on this machine's kernel, drains with bpf_user_ringbuf_drain
 * as hotsched.bpf.c does and checks that each decision echoes the pid and generation it expects, in order.
 * Several times round the ring; a full ring refuses a decision until the kernel drains; a record reserved but
 * not submitted holds the kernel back.
 */
public class MappedUserRingKernelTest {

    private static final int BATCH = 64;

    private static void requirePrerequisites() {
        Optional<String> missing = BenchPrerequisites.missing();
        if (missing.isPresent()) {
            System.out.println("MappedUserRingKernelTest skipped: " + missing.get());
        }
        assumeTrue(missing.isEmpty());
    }

    private static MappedUserRing mapDispatched(BenchRingsObject rings) throws BpfLoadException {
        return MappedUserRing.map(rings.callState, rings.dispatchedFd, Libbpf.HOTSCHED_DISPATCHED_RING_BYTES(),
                "dispatched");
    }

    /** The decision bench_rings.bpf.c expects for its record of generation {@code generation}. */
    private static boolean writeEcho(DispatchRecordWriter writer, long generation) {
        return writer.write(1000 + (int) (generation & 1023), generation, 1, 1_000_000, generation, 0);
    }

    @Test
    public void theKernelDrainsEveryDecisionOnceAndInOrderRoundTheRing() throws Exception {
        requirePrerequisites();
        long slot = (Libbpf.BPF_RINGBUF_HDR_SZ() + hotsched_dispatch.sizeof() + 7) & ~7L;
        int perLap = (int) (Libbpf.HOTSCHED_DISPATCHED_RING_BYTES() / slot);
        int runs = 3 * perLap / BATCH + 1;
        long generation = 1;
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedUserRing ring = mapDispatched(rings)) {
            DispatchRecordWriter writer = new DispatchRecordWriter(ring);
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < BATCH; i++) {
                    assertTrue(writeEcho(writer, generation++));
                }
                assertEquals("test run " + run + " (-1: a decision did not echo)", BATCH, rings.run(0));
            }
            assertEquals(0, rings.run(0));
        }
    }

    @Test
    public void aFullRingRefusesUntilTheKernelDrains() throws Exception {
        requirePrerequisites();
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedUserRing ring = mapDispatched(rings)) {
            DispatchRecordWriter writer = new DispatchRecordWriter(ring);
            long generation = 1;
            while (writeEcho(writer, generation)) {
                generation++;
            }
            long fit = generation - 1;
            long slot = (Libbpf.BPF_RINGBUF_HDR_SZ() + hotsched_dispatch.sizeof() + 7) & ~7L;
            assertEquals(Libbpf.HOTSCHED_DISPATCHED_RING_BYTES() / slot, fit);

            assertEquals(fit, rings.run(0));
            assertTrue(writeEcho(writer, generation));
            assertEquals(1, rings.run(0));
        }
    }

    @Test
    public void aRecordNotYetSubmittedHoldsTheKernelBack() throws Exception {
        requirePrerequisites();
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedUserRing ring = mapDispatched(rings)) {
            long record = ring.reserve((int) hotsched_dispatch.sizeof());
            assertFalse(record == 0);
            MemorySegment decision = MemorySegment.ofAddress(record).reinterpret(hotsched_dispatch.sizeof());
            hotsched_dispatch.pid(decision, 1001);
            hotsched_dispatch.generation(decision, 1);

            assertEquals(0, rings.run(0));
            ring.submit(record);
            assertEquals(1, rings.run(0));
        }
    }
}
