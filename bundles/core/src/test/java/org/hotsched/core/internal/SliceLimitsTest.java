package org.hotsched.core.internal;

import static org.hotsched.api.DispatchSink.MAX_SLICE_NS;
import static org.hotsched.api.DispatchSink.MIN_SLICE_NS;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SliceLimitsTest {

    private static final long DEFAULT = 5_000_000L;

    @Test
    public void aSliceWithinTheLimitsIsKept() {
        assertEquals(MIN_SLICE_NS, SliceLimits.clamp(MIN_SLICE_NS, DEFAULT));
        assertEquals(3_000_000L, SliceLimits.clamp(3_000_000L, DEFAULT));
        assertEquals(MAX_SLICE_NS, SliceLimits.clamp(MAX_SLICE_NS, DEFAULT));
    }

    @Test
    public void anOutOfBoundsSliceIsClampedAndANegativeOneGetsTheDefault() {
        assertEquals(MIN_SLICE_NS, SliceLimits.clamp(1, DEFAULT));
        assertEquals(MAX_SLICE_NS, SliceLimits.clamp(Long.MAX_VALUE, DEFAULT));
        assertEquals(DEFAULT, SliceLimits.clamp(-1, DEFAULT));
        assertEquals(DEFAULT, SliceLimits.clamp(Long.MIN_VALUE, DEFAULT));
    }
}
