package org.hotsched.core.internal;

/**
 * Puts the vtimes of successive policies on one scale. The kernel's vtime-ordered queues (the shared DSQ
 * and the per-CPU ones) order tasks by the keys policies send, and every policy has keys of its own: an
 * arrival counter, a virtual runtime in ns, an absolute deadline. After a swap, tasks the old policy left
 * in those queues would be ordered against the new policy's keys as if both meant the same thing, and could
 * wait behind every new decision until the kernel's watchdog ejects the scheduler (seen on 7.2: a task
 * starved 5.6 s). So each source of keys is shifted, from its first decision after a swap, to start just
 * above the highest key sent so far: what was queued before the swap runs first, and each policy's own
 * order is kept exactly. Comparisons wrap as the kernel's do. Owned by the dispatch thread.
 */
final class VtimeScale {

    private long highest;
    private boolean sentAny;

    /** The keys of one sink: shifted anew after each {@link #restart()}. */
    final class Source {
        private long offset;
        private boolean started;

        /** A swap happened: the next key starts a new run above everything sent so far. */
        void restart() {
            started = false;
        }

        /** {@code vtime} on the common scale; it is now the highest key sent if it is above the rest. */
        long rebase(long vtime) {
            if (!started) {
                offset = sentAny ? highest + 1 - vtime : 0;
                started = true;
            }
            long shifted = vtime + offset;
            if (!sentAny || shifted - highest > 0) {
                highest = shifted;
                sentAny = true;
            }
            return shifted;
        }
    }

    Source source() {
        return new Source();
    }
}
