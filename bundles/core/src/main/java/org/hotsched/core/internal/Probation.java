package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;

import org.hotsched.sim.SimKernel;

/**
 * Judges the active policy by what it caused: it threw (in any method), made an invalid decision, used more CPU
 * time than the latency budget over a batch, was blocked longer than the blocked budget over one (slept, waited on a
 * lock or for I/O: {@link RoundMeter}), allocated more than {@link #ALLOCATION_BUDGET_BYTES} over one, or
 * dropped tasks: held them past the held budget, so that the kernel side's stall safety net dispatched them
 * ({@link SchedulerBackend#heldStalls}).
 *
 * <p>Not counted against it: time its thread waited for a CPU or stood still for a GC, tasks the net took
 * because the JVM was late, starved or stuck (not held ones), tasks a predecessor held (they reach the net within
 * one held budget of the activation), and the few a policy that orders a long queue makes wait that long on an
 * overloaded machine: dropping means at least {@link #DROPPED_MIN} held tasks and {@link #DROPPED_PERCENT}% of the
 * tasks it dispatched since.
 *
 * <p>During probation (the first seconds after activation) one fault rolls it back, or {@link #SLOW_BATCHES} slow,
 * blocked or allocating batches in a row, of the measured ones (one alone may be the JIT or an emulator's pace);
 * afterwards {@link #REPEATED_FAULTS} faults of any kind within {@link #REPEAT_WINDOW_NS}, and dropping as above
 * (the loop then measures the cost of one round in 16, as reading the thread's clocks costs system calls).
 * Dispatch thread only; the verdicts allocate, the checks do not.
 */
final class Probation {

    /**
     * Most heap a policy may allocate over one batch: its hot path should allocate nothing once warm, so a MiB is a
     * storm that makes the JVM collect, pausing every thread, the dispatch thread included.
     */
    static final long ALLOCATION_BUDGET_BYTES = 1 << 20;
    static final int REPEATED_FAULTS = 3;
    static final int SLOW_BATCHES = 3;
    static final int DROPPED_MIN = 3;
    static final int DROPPED_PERCENT = 5;
    static final long REPEAT_WINDOW_NS = TimeUnit.SECONDS.toNanos(10);
    /** How long a policy may hold a task before the kernel side's stall net takes it (HOTSCHED_HELD_BUDGET_NS). */
    static final long HELD_BUDGET_NS = SimKernel.HELD_BUDGET_NS;

    private final long probationNs;
    private final long latencyBudgetNs;
    private final long blockedBudgetNs;
    private final long[] faultTimes = new long[REPEATED_FAULTS];
    private int faults;
    private int slowBatches;
    private long until;
    /** Until a round starts after this, held tasks reaching the stall net may be a predecessor's. */
    private long predecessorsUntil;
    private long lastRoundNs;
    /** The held stalls and the policy's dispatches when its own window began. */
    private long stallBaseline;
    private long dispatchBaseline;
    private boolean judging;

    Probation(long probationNs, long latencyBudgetNs, long blockedBudgetNs) {
        this.probationNs = probationNs;
        this.latencyBudgetNs = latencyBudgetNs;
        this.blockedBudgetNs = blockedBudgetNs;
    }

    /** A policy was activated; {@code judged} is false for the built-in one, which is never rolled back. */
    void start(boolean judged, long nowNs, long heldStalls, long dispatched) {
        judging = judged;
        until = nowNs + probationNs;
        predecessorsUntil = nowNs + HELD_BUDGET_NS;
        lastRoundNs = nowNs;
        stallBaseline = heldStalls;
        dispatchBaseline = dispatched;
        faults = 0;
        slowBatches = 0;
    }

    boolean inProbation(long nowNs) {
        return judging && nowNs - until < 0;
    }

    /** Milliseconds of probation left, 0 when over. */
    long remainingMs(long nowNs) {
        return inProbation(nowNs) ? TimeUnit.NANOSECONDS.toMillis(until - nowNs) : 0;
    }

    /** Whether the active policy is judged at all (the built-in one never is). */
    boolean judges() {
        return judging;
    }

    /**
     * The verdict after a round: {@code null} to keep the policy, else why it must go.
     *
     * @param nowNs when the round started
     * @param fault what the policy did wrong in the round (threw, invalid decision), or {@code null}
     * @param cost what the round's batch cost it; all 0 when not measured
     * @param heldStalls the kernel side's count of held tasks its stall net dispatched, now
     * @param dispatched the policy's decisions sent so far, now
     */
    String judge(long nowNs, String fault, RoundCost cost, long heldStalls, long dispatched) {
        if (!judging) {
            return null;
        }
        String dropped = dropped(nowNs, heldStalls, dispatched);
        if (dropped != null) {
            return dropped + (inProbation(nowNs) ? " during probation" : "");
        }
        String slow = overBudget(cost);
        if (slow == null && cost.measured()) {
            // In a row: a slow policy is slow in every batch, while what the machine does to a healthy one (a
            // safepoint, the emulator's pace, the bridge's own work after a rollback) hits a batch here and there.
            slowBatches = 0;
        }
        String worst = fault != null ? fault : slow;
        if (worst == null) {
            return null;
        }
        if (inProbation(nowNs)) {
            if (worst == slow && ++slowBatches < SLOW_BATCHES) {
                return null;
            }
            return worst + (worst == slow ? " (" + SLOW_BATCHES + " such batches in a row)" : "") + " during probation";
        }
        faultTimes[faults % REPEATED_FAULTS] = nowNs;
        faults++;
        long oldest = faultTimes[faults % REPEATED_FAULTS];
        if (faults >= REPEATED_FAULTS && nowNs - oldest <= REPEAT_WINDOW_NS) {
            return worst + " (" + REPEATED_FAULTS + " faults within " + TimeUnit.NANOSECONDS.toSeconds(REPEAT_WINDOW_NS) + " s)";
        }
        return null;
    }

    /** What the batch cost over a budget, or {@code null}. */
    private String overBudget(RoundCost cost) {
        if (cost.cpuNs() > latencyBudgetNs) {
            return "used " + micros(cost.cpuNs()) + " µs of CPU over one batch, over its budget of "
                    + micros(latencyBudgetNs) + " µs";
        }
        if (cost.blockedNs() > blockedBudgetNs) {
            return "was blocked " + micros(cost.blockedNs()) + " µs over one batch (off the CPU, not waiting for one,"
                    + " not in a GC: a sleep, a lock, I/O), over its budget of " + micros(blockedBudgetNs) + " µs";
        }
        if (cost.allocatedBytes() > ALLOCATION_BUDGET_BYTES) {
            return "allocated " + cost.allocatedBytes() / 1024 + " KiB over one batch, over its budget of "
                    + ALLOCATION_BUDGET_BYTES / 1024 + " KiB (a policy's hot path should allocate nothing)";
        }
        return null;
    }

    private static long micros(long ns) {
        return TimeUnit.NANOSECONDS.toMicros(ns);
    }

    /**
     * Whether the policy has dropped tasks since its own window began, as a fault. The counters are read at a
     * round's end, so what a round sees happened since the round before: the window begins once that round, too,
     * started after the predecessor's.
     */
    private String dropped(long nowNs, long heldStalls, long dispatched) {
        boolean predecessors = lastRoundNs - predecessorsUntil < 0;
        lastRoundNs = nowNs;
        if (predecessors) {
            stallBaseline = heldStalls;
            dispatchBaseline = dispatched;
            return null;
        }
        long held = heldStalls - stallBaseline;
        long sent = dispatched - dispatchBaseline;
        if (held < DROPPED_MIN || held * 100 < sent * DROPPED_PERCENT) {
            return null;
        }
        return "dropped tasks: held " + held + " past the held budget of " + TimeUnit.NANOSECONDS.toMillis(HELD_BUDGET_NS)
                + " ms (the kernel side dispatched them) against " + sent + " it dispatched";
    }
}
