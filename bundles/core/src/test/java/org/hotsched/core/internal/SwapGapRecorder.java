package org.hotsched.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The swap gap bench's listener: for every swap, in order, the preparation (its time, the old policy's decisions
 * meanwhile), the gap, the blackout the simulated kernel counted, the tasks moved within it, and the
 * whole hand-over (tasks, time until the last one reached the successor); and every rejection. Written on
 * the dispatch thread; {@link #count()} and {@link #completed()} publish what was written before them.
 */
final class SwapGapRecorder implements DispatchLoop.Listener {

    private long[] gapNs;
    private long[] prepareNs;
    private long[] decidedWhilePreparing;
    private long[] blackoutNs;
    private int[] movedInGap;
    private String[] triggers;
    private int[] handedOver;
    private long[] handOverNs;
    private volatile int count;
    private volatile int completed;
    final List<String> rejections = new CopyOnWriteArrayList<>();

    SwapGapRecorder(int capacity) {
        int n = Math.max(1, capacity);
        gapNs = new long[n];
        prepareNs = new long[n];
        decidedWhilePreparing = new long[n];
        blackoutNs = new long[n];
        movedInGap = new int[n];
        triggers = new String[n];
        handedOver = new int[n];
        handOverNs = new long[n];
    }

    @Override
    public void activated(PolicyHandle from, PolicyHandle to, String trigger, DispatchLoop.SwapFigures figures) {
        int i = count;
        growFor(i);
        gapNs[i] = figures.gapNs();
        prepareNs[i] = figures.prepareNs();
        decidedWhilePreparing[i] = figures.decidedWhilePreparing();
        blackoutNs[i] = -1;
        movedInGap[i] = figures.handedOver();
        triggers[i] = trigger;
        count = i + 1;
    }

    /** Hand-overs complete in the order their swaps began: the next swap first completes the one before. */
    @Override
    public void handedOver(PolicyHandle from, PolicyHandle to, int tasks, long ns) {
        int i = completed;
        growFor(i);
        handedOver[i] = tasks;
        handOverNs[i] = ns;
        completed = i + 1;
    }

    private void growFor(int i) {
        if (i == gapNs.length) {
            gapNs = Arrays.copyOf(gapNs, 2 * i);
            prepareNs = Arrays.copyOf(prepareNs, 2 * i);
            decidedWhilePreparing = Arrays.copyOf(decidedWhilePreparing, 2 * i);
            blackoutNs = Arrays.copyOf(blackoutNs, 2 * i);
            movedInGap = Arrays.copyOf(movedInGap, 2 * i);
            triggers = Arrays.copyOf(triggers, 2 * i);
            handedOver = Arrays.copyOf(handedOver, 2 * i);
            handOverNs = Arrays.copyOf(handOverNs, 2 * i);
        }
    }

    /** The window of the newest swap closed (a swap begun while one is open shares its window). */
    @Override
    public void blackout(PolicyHandle to, long starvedNs) {
        blackoutNs[count - 1] = starvedNs;
    }

    @Override
    public void rejected(PolicyHandle policy, String reason) {
        rejections.add(policy.name() + ": " + reason);
    }

    int count() {
        return count;
    }

    int completed() {
        return completed;
    }

    long gapNs(int swap) {
        return gapNs[swap];
    }

    long prepareNs(int swap) {
        return prepareNs[swap];
    }

    /** The longest starved wait in the swap's window, in simulated ns; -1 when its window closed with a later swap's. */
    long blackoutNs(int swap) {
        return blackoutNs[swap];
    }

    long decidedWhilePreparing(int swap) {
        return decidedWhilePreparing[swap];
    }

    int movedInGap(int swap) {
        return movedInGap[swap];
    }

    int handedOver(int swap) {
        return handedOver[swap];
    }

    long handOverNs(int swap) {
        return handOverNs[swap];
    }

    String trigger(int swap) {
        return triggers[swap];
    }
}
