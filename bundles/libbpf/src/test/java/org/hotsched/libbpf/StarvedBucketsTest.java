package org.hotsched.libbpf;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hotsched.sim.StarvedWaits;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The starved-waits histogram has one bucket function per side: the scheduler's (bpf/starved_bucket.h) and
 * the simulator's and Java's ({@link StarvedWaits#bucket}), which reads the kernel's histogram back into
 * bounds. On the host kernel, as root, bpf/test/roundtrip.bpf.c's "buckets" program runs the C function on
 * waits around every bucket edge and random ones, and each must land where Java puts it.
 */
public class StarvedBucketsTest {

    /** BUCKET_SAMPLES in roundtrip.bpf.c. */
    private static final int SAMPLES = 256;
    private static byte[] elf;

    @BeforeClass
    public static void hostCanRunBpf() {
        elf = Skips.requireRoundTripObject();
    }

    @Test
    public void theSchedulerSortsWaitsIntoTheBucketsJavaReads() {
        List<Long> waits = waits();
        try (RoundTripObject rt = new RoundTripObject(elf, WireSamples.XOR_KEY)) {
            for (int from = 0; from < waits.size(); from += SAMPLES) {
                int n = Math.min(SAMPLES, waits.size() - from);
                for (int i = 0; i < SAMPLES; i++) {
                    rt.bucketSamples.setAtIndex(JAVA_LONG, i, i < n ? waits.get(from + i) : 0);
                }
                assertEquals("the program's return value", SAMPLES, rt.run(rt.bucketsFd));
                for (int i = 0; i < n; i++) {
                    long wait = waits.get(from + i);
                    int kernel = rt.bucketSamples.getAtIndex(JAVA_INT, 2L * SAMPLES + i);
                    assertEquals("bucket of a wait of " + Long.toUnsignedString(wait) + " ns", StarvedWaits.bucket(wait), kernel);
                }
            }
        }
    }

    /** Each bucket's lower and upper edge and the ns either side, powers of two, the extremes, random waits. */
    private static List<Long> waits() {
        List<Long> waits = new ArrayList<>(List.of(0L, 1L, 1023L, 1024L, 1025L, Long.MAX_VALUE));
        for (int b = 0; b < StarvedWaits.BUCKETS - 1; b++) {
            long bound = StarvedWaits.upperBoundNs(b);
            waits.add(bound - 1);
            waits.add(bound);
            waits.add(bound + 1);
        }
        for (int k = 0; k < 63; k++) {
            waits.add(1L << k);
            waits.add((1L << k) - 1);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            waits.add(random.nextLong(1L << random.nextInt(1, 63)));
        }
        return waits;
    }
}
