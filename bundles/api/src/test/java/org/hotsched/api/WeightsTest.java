package org.hotsched.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class WeightsTest {

    @Test
    public void matchesSchedExtScaling() {
        assertEquals(100, Weights.ofNice(0));
        assertEquals(8668, Weights.ofNice(-20));
        assertEquals(1, Weights.ofNice(19));
        // Below weight ~10 neighbouring nice values round to one weight, so the round trip holds up to nice 10.
        for (int nice = -20; nice <= 10; nice++) {
            assertEquals(nice, Weights.niceOf(Weights.ofNice(nice)));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsNiceOutOfRange() {
        Weights.ofNice(20);
    }
}
