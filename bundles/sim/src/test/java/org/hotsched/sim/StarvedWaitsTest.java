package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StarvedWaitsTest {

    /** The buckets intf.h defines: under 2^10 ns, then four per power of two, the last open-ended. */
    @Test
    public void bucketsAreThoseOfTheWireFormat() {
        assertEquals(0, StarvedWaits.bucket(0));
        assertEquals(0, StarvedWaits.bucket(1023));
        assertEquals(1, StarvedWaits.bucket(1024));
        assertEquals(1, StarvedWaits.bucket(1279));
        assertEquals(2, StarvedWaits.bucket(1280));
        assertEquals(4, StarvedWaits.bucket(2047));
        assertEquals(5, StarvedWaits.bucket(2048));
        assertEquals(StarvedWaits.BUCKETS - 1, StarvedWaits.bucket(Long.MAX_VALUE));
        for (long ns = 1; ns > 0 && ns < 10_000_000_000L; ns = ns * 3 / 2 + 1) {
            int b = StarvedWaits.bucket(ns);
            assertTrue(ns + " is below its bucket's bound", ns < StarvedWaits.upperBoundNs(b));
            assertTrue(ns + " is not below the bound of the bucket before", b == 0 || ns >= StarvedWaits.upperBoundNs(b - 1));
            assertTrue(ns + ": at most 25% over", b == 0 || b == StarvedWaits.BUCKETS - 1
                    || StarvedWaits.upperBoundNs(b) <= ns + ns / 4 + 1);
        }
    }

    @Test
    public void aWaitCountsOnlyIfUserSpaceHadWorkWhenTheCpuWentIdle() {
        StarvedWaits waits = new StarvedWaits(2);
        waits.wentIdle(0, 1_000, true);
        waits.leftIdle(0, 51_000);
        waits.wentIdle(1, 1_000, false);
        waits.leftIdle(1, 900_000);
        long[] before = new long[StarvedWaits.BUCKETS];
        long[] after = new long[StarvedWaits.BUCKETS];
        waits.copyTo(after);
        long longest = StarvedWaits.longestBetween(before, after);
        assertTrue("50 µs, to its bucket's bound: " + longest, longest > 50_000 && longest <= 62_500);
        assertEquals(0, StarvedWaits.longestBetween(after, after));
    }
}
