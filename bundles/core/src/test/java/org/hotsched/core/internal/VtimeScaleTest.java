package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Keys of successive policies on one scale: what was queued before a swap runs first, each order is kept. */
public class VtimeScaleTest {

    private final VtimeScale scale = new VtimeScale();
    private final VtimeScale.Source fifo = scale.source();
    private final VtimeScale.Source fair = scale.source();

    @Test
    public void theFirstSourceKeepsItsKeys() {
        assertEquals(7, fifo.rebase(7));
        assertEquals(9, fifo.rebase(9));
    }

    @Test
    public void afterASwapSmallKeysStartAboveEverythingQueuedBefore() {
        fair.rebase(5_000_000_000L);
        fair.rebase(5_000_400_000L);
        fifo.restart();
        long first = fifo.rebase(3);
        assertEquals(5_000_400_001L, first);
        assertEquals("the policy's own spacing is kept", first + 4, fifo.rebase(7));
        assertEquals("and so is its order, below its first key too", first - 1, fifo.rebase(2));
    }

    @Test
    public void afterASwapLargeKeysDoNotLeapAhead() {
        fifo.rebase(100);
        fair.restart();
        long first = fair.rebase(9_000_000_000_000L);
        assertEquals(101, first);
        fifo.restart();
        assertEquals("back to the first policy: above the second one's keys", 102, fifo.rebase(101));
    }

    @Test
    public void comparisonsWrapAsTheKernelsDo() {
        fifo.rebase(Long.MAX_VALUE - 1);
        fair.restart();
        long first = fair.rebase(0);
        long next = fair.rebase(10);
        assertEquals(Long.MAX_VALUE, first);
        assertTrue("after the wrap the key still counts as later", next - first > 0);
        fifo.restart();
        assertEquals(first + 11, fifo.rebase(0));
    }
}
