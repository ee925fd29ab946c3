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
    public void afterProbationThreeFaultsOfAnyKindWithinTenSecondsRollItBack() {
        probation.start(true, T0, 0);
        long after = T0 + 5_001 * MS;
        assertNull("a slow batch", probation.judge(after, null, 100 * MS, 0));
        assertNull("held tasks the stall net took", probation.judge(after + MS, null, 0, 2));
        assertEquals("threw x (3 faults within 10 s)", probation.judge(after + 2 * MS, "threw x", 0, 2));
    }

    @Test
    public void afterProbationFaultsFurtherApartThanTenSecondsAreForgiven() {
        probation.start(true, T0, 0);
        long after = T0 + 5_001 * MS;
        assertNull(probation.judge(after, "threw x", 0, 0));
        assertNull(probation.judge(after + 6_000 * MS, "threw x", 0, 0));
        assertNull(probation.judge(after + 12_000 * MS, "threw x", 0, 0));
    }

    /** One slow batch may be the JIT or an emulator's pace (TCG: 112 ms of CPU once, for fifo); three are the policy. */
    @Test
    public void onProbationThreeSlowBatchesAreEnoughOneIsNot() {
        probation.start(true, T0, 0);
        assertNull(probation.judge(T0 + MS, null, 60 * MS, 0));
        assertNull(probation.judge(T0 + 2 * MS, null, 10 * MS, 0));
        assertNull(probation.judge(T0 + 3 * MS, null, 70 * MS, 0));
        assertEquals("used 80000 µs of CPU over one batch, over its budget of 50000 µs (3 such batches) during probation",
                probation.judge(T0 + 4 * MS, null, 80 * MS, 0));
    }

    @Test
    public void theBuiltinPolicyIsNeverJudged() {
        probation.start(false, T0, 0);
        assertNull(probation.judge(T0 + 2_000 * MS, "threw x", 60 * MS, 99));
    }
}
