package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;

import org.hotsched.sim.SimKernel;

/**
 * Judges the active policy. During its probation (the first seconds after activation) one fault is
 * enough to roll it back: it threw, made an invalid decision, used more CPU time than the latency budget
 * over a batch, or held a task past the held budget, so that the kernel side's stall safety net dispatched it
 * ({@link SchedulerBackend#heldStalls}). Tasks the net took because the JVM was late, starved or stuck, and
 * tasks a predecessor held (they reach the net within one held budget of the activation), do not count against
 * it. After probation only repeated throwing or invalid decisions do. Dispatch thread only; the verdicts
 * allocate, the checks do not.
 */
final class Probation {

    static final int REPEATED_FAULTS = 3;
    static final long REPEAT_WINDOW_NS = TimeUnit.SECONDS.toNanos(10);
    /** How long a policy may hold a task before the kernel side's stall net takes it (HOTSCHED_HELD_BUDGET_NS). */
    static final long HELD_BUDGET_NS = SimKernel.HELD_BUDGET_NS;

    private final long probationNs;
    private final long latencyBudgetNs;
    private final long[] faultTimes = new long[REPEATED_FAULTS];
    private int faults;
    private long until;
    /** Until then, held tasks reaching the stall net may be a predecessor's: the baseline follows them. */
    private long predecessorsUntil;
    private long stallBaseline;
    private boolean judging;

    Probation(long probationNs, long latencyBudgetNs) {
        this.probationNs = probationNs;
        this.latencyBudgetNs = latencyBudgetNs;
    }

    /** A policy was activated; {@code judged} is false for the built-in one, which is never rolled back. */
    void start(boolean judged, long nowNs, long heldStalls) {
        judging = judged;
        until = nowNs + probationNs;
        predecessorsUntil = nowNs + HELD_BUDGET_NS;
        stallBaseline = heldStalls;
        faults = 0;
    }

    boolean inProbation(long nowNs) {
        return judging && nowNs - until < 0;
    }

    /** Milliseconds of probation left, 0 when over. */
    long remainingMs(long nowNs) {
        return inProbation(nowNs) ? TimeUnit.NANOSECONDS.toMillis(until - nowNs) : 0;
    }

    /**
     * The verdict after a round: {@code null} to keep the policy, else why it must go.
     *
     * @param fault what the policy did wrong in the round (threw, invalid decision), or {@code null}
     * @param latencyNs the CPU time it took over the round's batch
     * @param heldStalls the kernel side's count of held tasks its stall net dispatched, now
     */
    String judge(long nowNs, String fault, long latencyNs, long heldStalls) {
        if (!judging) {
            return null;
        }
        boolean probation = inProbation(nowNs);
        if (fault != null) {
            if (probation) {
                return fault + " during probation";
            }
            faultTimes[faults % REPEATED_FAULTS] = nowNs;
            faults++;
            long oldest = faultTimes[faults % REPEATED_FAULTS];
            if (faults >= REPEATED_FAULTS && nowNs - oldest <= REPEAT_WINDOW_NS) {
                return fault + " (" + REPEATED_FAULTS + " faults within " + TimeUnit.NANOSECONDS.toSeconds(REPEAT_WINDOW_NS) + " s)";
            }
            return null;
        }
        if (!probation) {
            return null;
        }
        if (latencyNs > latencyBudgetNs) {
            return "used " + TimeUnit.NANOSECONDS.toMicros(latencyNs) + " µs of CPU over one batch, over its budget of "
                    + TimeUnit.NANOSECONDS.toMicros(latencyBudgetNs) + " µs, during probation";
        }
        if (nowNs - predecessorsUntil < 0) {
            stallBaseline = heldStalls;
        } else if (heldStalls > stallBaseline) {
            return "held " + (heldStalls - stallBaseline) + " task(s) past the held budget of "
                    + TimeUnit.NANOSECONDS.toMillis(HELD_BUDGET_NS) + " ms (the kernel side dispatched them) during probation";
        }
        return null;
    }
}
