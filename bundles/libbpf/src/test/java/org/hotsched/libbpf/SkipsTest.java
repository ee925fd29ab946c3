package org.hotsched.libbpf;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.AssumptionViolatedException;
import org.junit.Test;

/** A missing prerequisite skips a test on a developer's machine and fails it under CI. */
public class SkipsTest {

    @Test
    public void skipsOutsideCi() {
        try {
            Skips.unless(false, "SkipsTest's example reason", null);
            fail("not skipped");
        } catch (AssumptionViolatedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("SkipsTest's example reason"));
        }
    }

    @Test
    public void failsUnderCi() {
        try {
            Skips.unless(false, "SkipsTest's example reason", "true");
            fail("not failed");
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("under CI") && e.getMessage().contains("SkipsTest's example reason"));
        }
    }

    @Test
    public void aPresentPrerequisitePassesEverywhere() {
        Skips.unless(true, "unused", "true");
        Skips.unless(true, "unused", null);
    }
}
