package org.hotsched.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The swap gap bench's listener: the gap and the tasks handed over of every swap, in order, and every
 * rejection. Written on the dispatch thread; {@link #count()} publishes what was written before it.
 */
final class SwapGapRecorder implements DispatchLoop.Listener {

    private long[] gapNs;
    private int[] handedOver;
    private String[] triggers;
    private volatile int count;
    final List<String> rejections = new CopyOnWriteArrayList<>();

    SwapGapRecorder(int capacity) {
        gapNs = new long[Math.max(1, capacity)];
        handedOver = new int[gapNs.length];
        triggers = new String[gapNs.length];
    }

    @Override
    public void activated(PolicyHandle from, PolicyHandle to, String trigger, long gap, int moved) {
        int i = count;
        if (i == gapNs.length) {
            gapNs = Arrays.copyOf(gapNs, 2 * i);
            handedOver = Arrays.copyOf(handedOver, 2 * i);
            triggers = Arrays.copyOf(triggers, 2 * i);
        }
        gapNs[i] = gap;
        handedOver[i] = moved;
        triggers[i] = trigger;
        count = i + 1;
    }

    @Override
    public void rejected(PolicyHandle policy, String reason) {
        rejections.add(policy.name() + ": " + reason);
    }

    int count() {
        return count;
    }

    long gapNs(int swap) {
        return gapNs[swap];
    }

    int handedOver(int swap) {
        return handedOver[swap];
    }

    String trigger(int swap) {
        return triggers[swap];
    }
}
