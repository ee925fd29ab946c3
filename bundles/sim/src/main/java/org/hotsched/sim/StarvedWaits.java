package org.hotsched.sim;

import java.util.Arrays;
import java.util.Map;

/**
 * A histogram of starved waits, each the time from a CPU going idle while user space had tasks to decide (held,
 * or records not read yet) until it ran a task again: what a CPU that wanted work waited for a decision. The buckets are those of {@code struct hotsched_stats.starved_waits} in {@code bpf/intf.h}, so the
 * simulator and the kernel count the same thing the same way: bucket 0 holds waits under 2^10 ns, then each
 * power of two has four buckets (a resolution of 25% or better), and the last also holds every longer wait.
 * One writer; not thread-safe.
 */
public final class StarvedWaits {

    /** {@code HOTSCHED_STARVED_BUCKETS}. */
    public static final int BUCKETS = 96;
    /** {@code HOTSCHED_STARVED_MIN_SHIFT}. */
    public static final int MIN_SHIFT = 10;

    private final long[] counts = new long[BUCKETS];
    private final long[] starvedSince;

    public StarvedWaits(int nrCpus) {
        starvedSince = new long[nrCpus];
        Arrays.fill(starvedSince, -1);
    }

    /** The bucket of a wait of {@code ns}, as intf.h defines it. */
    public static int bucket(long ns) {
        if (ns < 1L << MIN_SHIFT) {
            return 0;
        }
        int k = 63 - Long.numberOfLeadingZeros(ns);
        long b = 1 + 4L * (k - MIN_SHIFT) + (ns >>> (k - 2) & 3);
        return (int) Math.min(b, BUCKETS - 1);
    }

    /** The smallest wait that does not count in bucket {@code b} or below; {@link Long#MAX_VALUE} for the last. */
    public static long upperBoundNs(int b) {
        if (b == 0) {
            return 1L << MIN_SHIFT;
        }
        if (b >= BUCKETS - 1) {
            return Long.MAX_VALUE;
        }
        int k = MIN_SHIFT + (b - 1) / 4;
        return (5L + (b - 1) % 4) << (k - 2);
    }

    /**
     * The longest wait counted between two readings of a histogram (bucket counts, as {@link #copyTo} gives them):
     * the upper bound of the highest bucket that grew; 0 when none did.
     */
    public static long longestBetween(long[] before, long[] after) {
        for (int b = BUCKETS - 1; b >= 0; b--) {
            if (after[b] > before[b]) {
                return upperBoundNs(b);
            }
        }
        return 0;
    }

    /**
     * Puts a summary of {@code counts} into {@code into}, for display: {@code starvedWaits} (how many),
     * {@code starvedWaitP99Ns} and {@code starvedWaitMaxNs} (bucket bounds; 0 when none).
     */
    public static void summarize(long[] counts, Map<String, Long> into) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        long p99 = 0;
        long max = 0;
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            if (counts[b] == 0) {
                continue;
            }
            seen += counts[b];
            max = upperBoundNs(b);
            if (p99 == 0 && seen * 100 >= total * 99) {
                p99 = max;
            }
        }
        into.put("starvedWaits", total);
        into.put("starvedWaitP99Ns", p99);
        into.put("starvedWaitMaxNs", max);
    }

    /** CPU {@code cpu} went idle at {@code nowNs}; {@code userWork}: user space had tasks to decide then. */
    public void wentIdle(int cpu, long nowNs, boolean userWork) {
        if (userWork && starvedSince[cpu] < 0) {
            starvedSince[cpu] = nowNs;
        }
    }

    /** CPU {@code cpu} ran a task at {@code nowNs}: a starved wait, if it went idle while user space had work. */
    public void leftIdle(int cpu, long nowNs) {
        long since = starvedSince[cpu];
        if (since < 0) {
            return;
        }
        starvedSince[cpu] = -1;
        if (nowNs > since) {
            counts[bucket(nowNs - since)]++;
        }
    }

    /** Copies the bucket counts into {@code into} (at least {@link #BUCKETS} long); no allocation. */
    public void copyTo(long[] into) {
        System.arraycopy(counts, 0, into, 0, BUCKETS);
    }
}
