package org.hotsched.core.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.util.Optional;

import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;
import org.hotsched.core.internal.MappedRing;
import org.hotsched.core.internal.QueuedRecordCopier;
import org.hotsched.libbpf.Libbpf;
import org.junit.Test;

/**
 * core's {@link MappedRing} over the kernel's own ring buffer: bench_rings.bpf.o, run with
 * BPF_PROG_TEST_RUN on this machine's kernel, produces records as hotsched.bpf.c does (same ring size,
 * record and flags), several times round the ring, and every record arrives once, in order, field by field.
 */
public class MappedRingKernelTest {

    private static final int BATCH = 64;

    @Test
    public void readsEveryRecordTheKernelProducesOnceAndInOrderRoundTheRing() throws Exception {
        Optional<String> missing = BenchPrerequisites.missing();
        if (missing.isPresent()) {
            System.out.println("MappedRingKernelTest skipped: " + missing.get());
        }
        assumeTrue(missing.isEmpty());
        // Header plus record, 8-aligned: how many fit in the ring, and enough runs to go round it three times.
        int perLap = Libbpf.HOTSCHED_QUEUED_RING_BYTES() / 224;
        int runs = 3 * perLap / BATCH + 1;
        TaskBuffer batch = new TaskBuffer(BATCH, 2);
        QueuedRecordCopier copier = new QueuedRecordCopier(batch);
        long generation = 1;
        try (BenchRingsObject rings = new BenchRingsObject(BenchPrerequisites.object());
             MappedRing ring = MappedRing.map(rings.callState, rings.queuedFd, Libbpf.HOTSCHED_QUEUED_RING_BYTES(),
                     "queued")) {
            for (int run = 0; run < runs; run++) {
                assertEquals("test run " + run, 0, rings.run(BATCH));
                batch.clear();
                // Two drains: the first bounded, so a drain that stops part-way is covered too.
                int first = ring.drain(copier, BATCH / 4);
                int rest = ring.drain(copier, BATCH);
                assertEquals(BATCH / 4, first);
                assertEquals(BATCH - BATCH / 4, rest);
                for (int i = 0; i < BATCH; i++, generation++) {
                    TaskView task = batch.task(i);
                    assertEquals(generation, task.generation());
                    assertEquals(1000 + (int) (generation & 1023), task.pid());
                    assertEquals(generation * 1000, task.runtimeNs());
                    assertEquals(4096 + (generation & 15), task.cgroupId());
                    assertEquals(11, task.comm().length());
                    assertEquals((char) ('a' + (generation % 26)), task.comm().charAt(0));
                }
                assertEquals(0, ring.drain(copier, BATCH));
            }
        }
    }
}
