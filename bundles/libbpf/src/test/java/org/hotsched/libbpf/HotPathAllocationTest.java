package org.hotsched.libbpf;

import static org.junit.Assert.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The hot path allocates nothing per record once compiled: decisions written with reserve, the struct setters
 * and submit; records read in the ring_buffer_sample_fn upcall with the struct getters. The segments FFM and
 * {@code reinterpret} make there do not escape, so the JIT removes them; the upcall stub and the errno call
 * state are made once. Measured with the thread's allocation counter, in phases until the JIT has compiled it.
 */
public class HotPathAllocationTest {

    private static final int BATCH = 64;
    private static final int ROUNDS_PER_PHASE = 1000;
    private static final int MAX_PHASES = 30;
    private static byte[] elf;

    @BeforeClass
    public static void hostCanRunBpf() {
        elf = Skips.requireRoundTripObject();
    }

    /** Reads a few fields of each record, as a consumer would before handing them on. */
    private static final class SummingConsumer implements ring_buffer_sample_fn.Function {
        long sum;
        long seen;

        @Override
        public int apply(MemorySegment ctx, MemorySegment data, long size) {
            MemorySegment q = data.reinterpret(size);
            sum += hotsched_queued_task.pid(q) + hotsched_queued_task.generation(q) + hotsched_queued_task.cpumask(q, 3);
            seen++;
            return 0;
        }
    }

    private static void produce(RingBuffers rings, long round) {
        for (int i = 0; i < BATCH; i++) {
            MemorySegment reserved = rings.reserve();
            if (reserved.address() == 0) {
                throw new IllegalStateException("user ring buffer full after " + i + " records");
            }
            MemorySegment d = reserved.reinterpret(hotsched_dispatch.sizeof());
            hotsched_dispatch.pid(d, i);
            hotsched_dispatch.cpu(d, Libbpf.HOTSCHED_CPU_ANY());
            hotsched_dispatch.generation(d, round);
            hotsched_dispatch.slice_ns(d, 5_000_000L);
            hotsched_dispatch.vtime(d, round * BATCH + i);
            Libbpf.user_ring_buffer__submit(rings.user, reserved);
        }
    }

    @Test
    public void reserveSubmitAndConsumeAllocateNothingPerRecord() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<String> phases = new ArrayList<>();
        try (RoundTripObject rt = new RoundTripObject(elf, 0); Arena arena = Arena.ofConfined()) {
            SummingConsumer consumer = new SummingConsumer();
            RingBuffers rings = RingBuffers.open(rt, ring_buffer_sample_fn.allocate(consumer, arena));
            try {
                for (int phase = 0; phase < MAX_PHASES; phase++) {
                    long before = threads.getCurrentThreadAllocatedBytes();
                    for (int round = 0; round < ROUNDS_PER_PHASE; round++) {
                        produce(rings, round);
                        rt.run();
                        Libbpf.ring_buffer__consume(rings.kernel);
                    }
                    double perRecord = (threads.getCurrentThreadAllocatedBytes() - before)
                            / (double) (ROUNDS_PER_PHASE * BATCH);
                    phases.add(String.format(Locale.ROOT, "%.2f", perRecord));
                    if (perRecord < 1.0) {
                        break;
                    }
                }
            } finally {
                rings.free();
            }
            assertTrue("records lost", consumer.seen == (long) phases.size() * ROUNDS_PER_PHASE * BATCH);
        }
        System.err.println("hot path bytes allocated per record, by phase of " + ROUNDS_PER_PHASE * BATCH
                + " records: " + phases);
        double last = Double.parseDouble(phases.getLast());
        assertTrue("the hot path still allocates after " + phases.size() + " phases (bytes per record: " + phases
                + ")", last < 1.0);
    }
}
