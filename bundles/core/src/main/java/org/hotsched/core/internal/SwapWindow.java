package org.hotsched.core.internal;

import org.hotsched.sim.StarvedWaits;

/**
 * The window of a swap, over which its blackout is measured: from the start of the swap (its preparation) until
 * two rounds after its hand-over completed, when the kernel side has acted on the decisions that ended it. The
 * blackout is the longest starved wait the backend counted meanwhile ({@link StarvedWaits#longestBetween}). A
 * swap that begins while the window of the one before is still open shares it. Dispatch thread only; reading
 * the histogram allocates nothing.
 */
final class SwapWindow {

    /** Rounds after the hand-over completed before the window closes. */
    private static final int ROUNDS_AFTER = 2;

    private final SchedulerBackend backend;
    private final long[] atStart = new long[StarvedWaits.BUCKETS];
    private final long[] atEnd = new long[StarvedWaits.BUCKETS];
    private boolean open;
    /** The policy the open window activated; null until one is. */
    private PolicyHandle activated;
    private int roundsLeft;

    SwapWindow(SchedulerBackend backend) {
        this.backend = backend;
    }

    /** A swap begins. */
    void open() {
        if (!open) {
            backend.starvedWaits(atStart);
            open = true;
        }
    }

    /** The swap did not happen (its policy failed, or another is wanted now): nothing to report, unless an earlier one is. */
    void noSwap() {
        open = activated != null;
    }

    /** The swap activated {@code policy}: the window closes {@value #ROUNDS_AFTER} rounds after its hand-over. */
    void activated(PolicyHandle policy) {
        activated = policy;
        roundsLeft = ROUNDS_AFTER;
    }

    /** A round ended; once the window closes, tells {@code listener} the blackout of the swap it measured. */
    void roundEnded(boolean handOverInProgress, DispatchLoop.Listener listener) {
        if (activated == null || handOverInProgress || --roundsLeft > 0) {
            return;
        }
        backend.starvedWaits(atEnd);
        PolicyHandle to = activated;
        open = false;
        activated = null;
        listener.blackout(to, StarvedWaits.longestBetween(atStart, atEnd));
    }
}
