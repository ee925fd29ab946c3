package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.Test;

/** What a policy on probation is judged by, and what it is not blamed for. */
public class ProbationTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long T0 = 1_000_000 * MS;

    private final Probation probation = new Probation(5_000 * MS, 50 * MS);

    @Test
    public void heldTasksThatReachTheStallNetWithinOneHeldBudgetAreAPredecessorsNotThePolicys() {
        probation.start(true, T0, 10);
        assertNull(probation.judge(T0 + 200 * MS, null, 0, 12));
        assertNull(probation.judge(T0 + Probation.HELD_BUDGET_NS - MS, null, 0, 15));
        assertNull("no new held stalls since", probation.judge(T0 + Probation.HELD_BUDGET_NS + 100 * MS, null, 0, 15));
        String verdict = probation.judge(T0 + Probation.HELD_BUDGET_NS + 200 * MS, null, 0, 16);
        assertEquals("held 1 task(s) past the held budget of 1000 ms (the kernel side dispatched them) during probation",
                verdict);
    }

    @Test
    public void afterProbationHeldStallsAndSlowRoundsAreNotJudgedOneFaultIsNot() {
        probation.start(true, T0, 0);
        long after = T0 + 5_001 * MS;
        assertNull(probation.judge(after, null, 100 * MS, 50));
        assertNull(probation.judge(after, "threw x", 0, 50));
        assertNull(probation.judge(after + MS, "threw x", 0, 50));
        assertTrue(probation.judge(after + 2 * MS, "threw x", 0, 50).startsWith("threw x (3 faults within 10 s)"));
    }

    @Test
    public void onProbationOneSlowBatchIsEnough() {
        probation.start(true, T0, 0);
        assertTrue(probation.judge(T0 + MS, null, 60 * MS, 0).startsWith("used 60000 µs of CPU over one batch"));
    }

    @Test
    public void theBuiltinPolicyIsNeverJudged() {
        probation.start(false, T0, 0);
        assertNull(probation.judge(T0 + 2_000 * MS, "threw x", 60 * MS, 99));
    }
}
