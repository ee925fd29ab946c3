package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.concurrent.TimeUnit;

import org.junit.Test;

/** What a policy is judged by, and what it is not blamed for. */
public class ProbationTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long T0 = 1_000_000 * MS;
    private static final long HELD_MS = TimeUnit.NANOSECONDS.toMillis(Probation.HELD_BUDGET_NS);

    private static final RoundCost NOTHING = new RoundCost();
    private final Probation probation = new Probation(5_000 * MS, 50 * MS, 10 * MS);

    /**
     * Held tasks the stall net took within one held budget of the activation may be a predecessor's, and so may
     * those the first round after it sees (the counters are read at a round's end); later ones are the policy's.
     */
    @Test
    public void droppedTasksCountFromTheFirstRoundAfterThePredecessorsWindow() {
        probation.start(true, T0, 10, 0);
        assertNull(probation.judge(T0 + 200 * MS, null, NOTHING, 12, 5));
        assertNull(probation.judge(T0 + HELD_MS * MS - MS, null, NOTHING, 15, 10));
        assertNull("the first round after the window sees what happened before it",
                probation.judge(T0 + HELD_MS * MS + 100 * MS, null, NOTHING, 20, 20));
        assertNull(probation.judge(T0 + HELD_MS * MS + 200 * MS, null, NOTHING, 22, 30));
        assertEquals("dropped tasks: held 3 past the held budget of 1000 ms (the kernel side dispatched them) against "
                + "30 it dispatched during probation",
                probation.judge(T0 + HELD_MS * MS + 300 * MS, null, NOTHING, 23, 50));
    }

    /** On an overloaded machine a policy ordering a long queue may make a few tasks wait that long: not dropping. */
    @Test
    public void aFewHeldTasksAmongManyDispatchedAreNotDropping() {
        probation.start(true, T0, 0, 0);
        assertNull(probation.judge(T0 + 2 * HELD_MS * MS, null, NOTHING, 0, 0));
        assertNull(probation.judge(T0 + 3 * HELD_MS * MS, null, NOTHING, 4, 100));
        assertEquals("dropped tasks: held 6 past the held budget of 1000 ms (the kernel side dispatched them) against "
                + "110 it dispatched", probation.judge(T0 + 7 * HELD_MS * MS, null, NOTHING, 6, 110));
    }

    @Test
    public void afterProbationThreeFaultsOfAnyKindWithinTenSecondsRollItBack() {
        probation.start(true, T0, 0, 0);
        long after = T0 + 5_001 * MS;
        assertNull("a slow batch", probation.judge(after, null, RoundCost.of(100 * MS, 0, 0), 0, 0));
        assertNull(probation.judge(after + MS, "threw x", NOTHING, 0, 0));
        assertEquals("threw x (3 faults within 10 s)", probation.judge(after + 2 * MS, "threw x", NOTHING, 0, 0));
    }

    @Test
    public void afterProbationFaultsFurtherApartThanTenSecondsAreForgiven() {
        probation.start(true, T0, 0, 0);
        long after = T0 + 5_001 * MS;
        assertNull(probation.judge(after, "threw x", NOTHING, 0, 0));
        assertNull(probation.judge(after + 6_000 * MS, "threw x", NOTHING, 0, 0));
        assertNull(probation.judge(after + 12_000 * MS, "threw x", NOTHING, 0, 0));
    }

    /** One slow batch may be the JIT or an emulator's pace (TCG: 112 ms of CPU once, for fifo); three are the policy. */
    @Test
    public void onProbationThreeSlowBatchesAreEnoughOneIsNot() {
        probation.start(true, T0, 0, 0);
        assertNull(probation.judge(T0 + MS, null, RoundCost.of(60 * MS, 0, 0), 0, 0));
        assertNull(probation.judge(T0 + 3 * MS, null, RoundCost.of(70 * MS, 0, 0), 0, 0));
        assertEquals("used 80000 µs of CPU over one batch, over its budget of 50000 µs (3 such batches in a row) during"
                + " probation",
                probation.judge(T0 + 4 * MS, null, RoundCost.of(80 * MS, 0, 0), 0, 0));
    }

    /** A healthy policy allocates nothing once warm; a storm of allocation pauses the whole JVM in collections. */
    @Test
    public void batchesThatAllocateAStormCountLikeSlowOnes() {
        probation.start(true, T0, 0, 0);
        assertNull(probation.judge(T0 + MS, null, RoundCost.of(0, 0, Probation.ALLOCATION_BUDGET_BYTES), 0, 0));
        assertNull(probation.judge(T0 + 2 * MS, null, RoundCost.of(0, 0, 4 << 20), 0, 0));
        assertNull(probation.judge(T0 + 3 * MS, null, RoundCost.of(0, 0, 4 << 20), 0, 0));
        assertEquals("allocated 4096 KiB over one batch, over its budget of 1024 KiB (a policy's hot path should allocate"
                + " nothing) (3 such batches in a row) during probation",
                probation.judge(T0 + 4 * MS, null, RoundCost.of(0, 0, 4 << 20), 0, 0));
    }

    /** A policy that sleeps, waits on a lock or does I/O makes every task wait for it, though it uses no CPU. */
    @Test
    public void batchesBlockedOverTheBudgetCountLikeSlowOnes() {
        probation.start(true, T0, 0, 0);
        assertNull(probation.judge(T0 + MS, null, RoundCost.of(MS, 10 * MS, 0), 0, 0));
        assertNull(probation.judge(T0 + 2 * MS, null, RoundCost.of(MS, 20 * MS, 0), 0, 0));
        assertNull(probation.judge(T0 + 3 * MS, null, RoundCost.of(MS, 20 * MS, 0), 0, 0));
        assertEquals("was blocked 20000 µs over one batch (off the CPU, not waiting for one, not in a GC: a sleep, a"
                + " lock, I/O), over its budget of 10000 µs (3 such batches in a row) during probation",
                probation.judge(T0 + 4 * MS, null, RoundCost.of(MS, 20 * MS, 0), 0, 0));
    }

    /**
     * A slow policy is slow in every batch; a healthy one meets a safepoint or the emulator's pace now and then, so
     * slow batches count only in a row: a measured batch within budget forgives them, a round not measured does not.
     */
    @Test
    public void slowBatchesCountOnlyInARow() {
        probation.start(true, T0, 0, 0);
        RoundCost blocked = RoundCost.of(MS, 20 * MS, 0);
        assertNull(probation.judge(T0 + MS, null, blocked, 0, 0));
        assertNull(probation.judge(T0 + 2 * MS, null, blocked, 0, 0));
        assertNull(probation.judge(T0 + 3 * MS, null, RoundCost.of(MS, MS, 0), 0, 0));
        assertNull(probation.judge(T0 + 4 * MS, null, blocked, 0, 0));
        assertNull(probation.judge(T0 + 5 * MS, null, NOTHING, 0, 0));
        assertNull(probation.judge(T0 + 6 * MS, null, blocked, 0, 0));
        assertNotNull(probation.judge(T0 + 7 * MS, null, blocked, 0, 0));
    }

    @Test
    public void onProbationOneFaultIsEnough() {
        probation.start(true, T0, 0, 0);
        assertEquals("threw x during probation", probation.judge(T0 + MS, "threw x", NOTHING, 0, 0));
    }

    @Test
    public void theBuiltinPolicyIsNeverJudged() {
        probation.start(false, T0, 0, 0);
        assertNull(probation.judge(T0 + 2_000 * MS, "threw x", RoundCost.of(60 * MS, 0, 0), 99, 0));
    }
}
