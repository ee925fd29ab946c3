package org.hotsched.core.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assume.assumeTrue;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;
import org.hotsched.core.internal.BpfLoadException;
import org.hotsched.core.internal.MappedRing;
import org.hotsched.core.internal.QueuedRecordCopier;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.ring_buffer_sample_fn;
import org.hotsched.libbpf.hotsched_queued_task;
import org.junit.Test;

/**
 * core's {@link MappedRing} over the kernel's own ring buffer: bench_rings.bpf.o, run with
 * BPF_PROG_TEST_RUN on this machine's kernel, produces records as hotsched.bpf.c does (same ring size,
 * record and flags), several times round the ring, and every record arrives once, in order, field by field;
 * also when libbpf's ring_buffer__consume takes turns with it on the same ring, as in core's BpfBackend.
 */
public class MappedRingKernelTest {

    private static final int BATCH = 64;

    private static void requirePrerequisites() {
        Optional<String> missing = BenchPrerequisites.missing();
        if (missing.isPresent()) {
            System.out.println("MappedRingKernelTest skipped: " + missing.get());
        }
        assumeTrue(missing.isEmpty());
    }

    private static MappedRing mapQueued(BenchRingsObject rings) throws BpfLoadException {
        return MappedRing.map(rings.callState, rings.queuedFd, Libbpf.HOTSCHED_QUEUED_RING_BYTES(), "queued");
    }

    /** Checks the batch holds the records of generations {@code first} on, as bench_rings.bpf.c makes them. */
    private static long checkRecords(TaskBuffer batch, long first) {
        long generation = first;
        for (int i = 0; i < batch.size(); i++, generation++) {
            TaskView task = batch.task(i);
            assertEquals(generation, task.generation());
            assertEquals(1000 + (int) (generation & 1023), task.pid());
            assertEquals(generation * 1000, task.runtimeNs());
            assertEquals(4096 + (generation & 15), task.cgroupId());
            assertEquals(11, task.comm().length());
            assertEquals((char) ('a' + (generation % 26)), task.comm().charAt(0));
        }
        return generation;
    }

    @Test
    public void readsEveryRecordTheKernelProducesOnceAndInOrderRoundTheRing() throws Exception {
        requirePrerequisites();
        // Header plus record, 8-aligned: how many fit in the ring, and enough runs to go round it three times.
        long slot = (Libbpf.BPF_RINGBUF_HDR_SZ() + hotsched_queued_task.sizeof() + 7) & ~7L;
        int perLap = (int) (Libbpf.HOTSCHED_QUEUED_RING_BYTES() / slot);
        int runs = 3 * perLap / BATCH + 1;
        TaskBuffer batch = new TaskBuffer(BATCH, 2);
        QueuedRecordCopier copier = new QueuedRecordCopier(batch);
        long generation = 1;
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedRing ring = mapQueued(rings)) {
            for (int run = 0; run < runs; run++) {
                assertEquals("test run " + run, 0, rings.run(BATCH));
                batch.clear();
                // Two drains: the first bounded, so a drain that stops part-way is covered too.
                int first = ring.drain(copier, BATCH / 4);
                int rest = ring.drain(copier, BATCH);
                assertEquals(BATCH / 4, first);
                assertEquals(BATCH - BATCH / 4, rest);
                generation = checkRecords(batch, generation);
                assertEquals(0, ring.drain(copier, BATCH));
            }
        }
    }

    @Test
    public void takesTurnsWithLibbpfsConsumerOnTheSameRing() throws Exception {
        requirePrerequisites();
        TaskBuffer batch = new TaskBuffer(BATCH, 2);
        QueuedRecordCopier copier = new QueuedRecordCopier(batch);
        long generation = 1;
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedRing ring = mapQueued(rings)) {
            MemorySegment onRecord = ring_buffer_sample_fn.allocate((ctx, data, size) -> {
                copier.copy(data.address());
                return 0;
            }, rings.arena);
            MemorySegment libbpfRing = LibbpfErrno.ring_buffer__new(rings.callState, rings.queuedFd, onRecord,
                    MemorySegment.NULL, MemorySegment.NULL);
            assertFalse("ring_buffer__new failed", libbpfRing.equals(MemorySegment.NULL));
            try {
                for (int run = 0; run < 100; run++) {
                    assertEquals(0, rings.run(BATCH));
                    batch.clear();
                    // A part in place, the rest through libbpf's callback, alternating who starts.
                    if (run % 2 == 0) {
                        assertEquals(BATCH / 2, ring.drain(copier, BATCH / 2));
                        assertEquals(BATCH - BATCH / 2, Libbpf.ring_buffer__consume(libbpfRing));
                    } else {
                        assertEquals(BATCH, Libbpf.ring_buffer__consume(libbpfRing));
                        assertEquals(0, ring.drain(copier, BATCH));
                    }
                    assertEquals(BATCH, batch.size());
                    generation = checkRecords(batch, generation);
                }
            } finally {
                Libbpf.ring_buffer__free(libbpfRing);
            }
        }
    }
}
