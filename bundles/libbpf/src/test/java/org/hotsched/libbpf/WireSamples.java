package org.hotsched.libbpf;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Test records for the round trip: a {@code hotsched_dispatch} per index that uses every bit of every field,
 * and the {@code hotsched_queued_task} that roundtrip.bpf.c's echo_dispatch() derives from it.
 */
final class WireSamples {

    static final long XOR_KEY = 0x5DEE_CE66_D1CE_4E5BL;

    private WireSamples() {
    }

    static int pid(long i) {
        return (int) (1000 + i * 7919);
    }

    static int cpu(long i) {
        return (int) (i % 9) - 1;
    }

    static long generation(long i) {
        return (i << 40) ^ (i * 0x9E37_79B9_7F4A_7C15L);
    }

    static long sliceNs(long i) {
        return 1_000_000L * (i + 1) | (i << 56);
    }

    static long vtime(long i) {
        return Long.MAX_VALUE / 3 * i;
    }

    static long flags(long i) {
        return ~i;
    }

    /** Writes sample {@code i} into a hotsched_dispatch record. */
    static void writeDispatch(MemorySegment d, long i) {
        hotsched_dispatch.pid(d, pid(i));
        hotsched_dispatch.cpu(d, cpu(i));
        hotsched_dispatch.generation(d, generation(i));
        hotsched_dispatch.slice_ns(d, sliceNs(i));
        hotsched_dispatch.vtime(d, vtime(i));
        hotsched_dispatch.flags(d, flags(i));
    }

    /** Every field of {@code q} that differs from what echo_dispatch() makes of sample {@code i}. */
    static List<String> mismatches(MemorySegment q, long i) {
        List<String> bad = new ArrayList<>();
        expect(bad, i, "pid", pid(i), hotsched_queued_task.pid(q));
        expect(bad, i, "tgid", cpu(i), hotsched_queued_task.tgid(q));
        expect(bad, i, "prev_cpu", -pid(i), hotsched_queued_task.prev_cpu(q));
        expect(bad, i, "nr_cpus_allowed", (int) generation(i), hotsched_queued_task.nr_cpus_allowed(q));
        expect(bad, i, "weight", (int) (generation(i) >>> 32), hotsched_queued_task.weight(q));
        expect(bad, i, "flags", (int) i, hotsched_queued_task.flags(q));
        expect(bad, i, "enq_flags", sliceNs(i), hotsched_queued_task.enq_flags(q));
        expect(bad, i, "runtime_ns", vtime(i), hotsched_queued_task.runtime_ns(q));
        expect(bad, i, "nvcsw", generation(i) ^ XOR_KEY, hotsched_queued_task.nvcsw(q));
        expect(bad, i, "generation", generation(i) + 1, hotsched_queued_task.generation(q));
        expect(bad, i, "vtime", ~vtime(i), hotsched_queued_task.vtime(q));
        expect(bad, i, "cgroup_id", generation(i) * 3 ^ flags(i), hotsched_queued_task.cgroup_id(q));
        for (int w = 0; w < Libbpf.HOTSCHED_MASK_WORDS(); w++) {
            expect(bad, i, "cpumask[" + w + "]", sliceNs(i) + w, hotsched_queued_task.cpumask(q, w));
        }
        StringBuilder comm = new StringBuilder();
        for (int c = 0; c < Libbpf.HOTSCHED_COMM_LEN() - 1; c++) {
            comm.append((char) ('a' + Integer.remainderUnsigned(pid(i) + c, 26)));
        }
        expect(bad, i, "comm", comm.toString(), hotsched_queued_task.comm(q).getString(0));
        expect(bad, i, "comm[15]", (byte) 0, hotsched_queued_task.comm(q, Libbpf.HOTSCHED_COMM_LEN() - 1));
        return bad;
    }

    private static void expect(List<String> bad, long i, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            bad.add("record " + i + " " + field + ": expected " + expected + ", got " + actual);
        }
    }
}
