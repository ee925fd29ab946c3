package org.hotsched.api;

/**
 * The kernel's nice ↔ weight mapping, scaled as sched_ext reports it: nice 0 is weight 100, each nice step
 * is about 1.25×, nice -20 is 8876 and nice 19 is 1 (rounded up from 1.5).
 */
public final class Weights {

    /** Weight of a nice-0 task. */
    public static final int DEFAULT = 100;

    /** The kernel's sched_prio_to_weight table, nice -20..19, where nice 0 is 1024. */
    private static final int[] PRIO_TO_WEIGHT = {
        88761, 71755, 56483, 46273, 36291,
        29154, 23254, 18705, 14949, 11916,
        9548, 7620, 6100, 4904, 3906,
        3121, 2501, 1991, 1586, 1277,
        1024, 820, 655, 526, 423,
        335, 272, 215, 172, 137,
        110, 87, 70, 56, 45,
        36, 29, 23, 18, 15,
    };

    private Weights() {
    }

    /** sched_ext weight (1..10000) for a nice value (-20..19). */
    public static int ofNice(int nice) {
        if (nice < -20 || nice > 19) {
            throw new IllegalArgumentException("nice " + nice + " is outside -20..19");
        }
        return Math.max(1, (int) ((PRIO_TO_WEIGHT[nice + 20] * 100L + 512) / 1024));
    }

    /** The nice value whose weight is closest to {@code weight}. */
    public static int niceOf(int weight) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int nice = -20; nice <= 19; nice++) {
            long distance = Math.abs((long) ofNice(nice) - weight);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = nice;
            }
        }
        return best;
    }
}
