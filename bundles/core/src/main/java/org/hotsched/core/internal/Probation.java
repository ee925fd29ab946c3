package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;

import org.hotsched.sim.SimKernel;

/**
 * Judges the active policy by what it caused: it threw (in any method), made an invalid decision, used more CPU
 * time than the latency budget over a batch, or held a task past the held budget, so that the kernel side's stall
 * safety net dispatched it ({@link SchedulerBackend#heldStalls}). Tasks the net took because the JVM was late,
 * starved or stuck, and tasks a predecessor held (they reach the net within one held budget of the activation),
 * do not count against it. During its probation (the first seconds after activation) one fault rolls it back,
 * or three slow batches; afterwards three faults of any kind within ten seconds (the loop then measures the CPU
 * time of one round in 16, as the clock costs a system call). Dispatch thread only; the verdicts allocate, the
 * checks do not.
 */
final class Probation {

    static final int REPEATED_FAULTS = 3;
    static final int SLOW_BATCHES = 3;
    static final long REPEAT_WINDOW_NS = TimeUnit.SECONDS.toNanos(10);
    /** How long a policy may hold a task before the kernel side's stall net takes it (HOTSCHED_HELD_BUDGET_NS). */
    static final long HELD_BUDGET_NS = SimKernel.HELD_BUDGET_NS;

    private final long probationNs;
    private final long latencyBudgetNs;
    private final long[] faultTimes = new long[REPEATED_FAULTS];
    private int faults;
    private int slowBatches;
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
     * The verdict after a round: {@code null} to keep the policy, else why it must go. On probation one fault is
     * enough, or {@link #SLOW_BATCHES} slow batches (one alone may be the JIT or an emulator's pace); afterwards
     * {@link #REPEATED_FAULTS} faults of any kind within {@link #REPEAT_WINDOW_NS}.
     *
     * @param fault what the policy did wrong in the round (threw, invalid decision), or {@code null}
     * @param cpuNs the CPU time it took over the round's batch; 0 when not measured
     * @param heldStalls the kernel side's count of held tasks its stall net dispatched, now
     */
    String judge(long nowNs, String fault, long cpuNs, long heldStalls) {
        if (!judging) {
            return null;
        }
        String dropped = dropped(nowNs, heldStalls);
        String slow = cpuNs > latencyBudgetNs ? "used " + TimeUnit.NANOSECONDS.toMicros(cpuNs)
                + " µs of CPU over one batch, over its budget of " + TimeUnit.NANOSECONDS.toMicros(latencyBudgetNs)
                + " µs" : null;
        String worst = fault != null ? fault : dropped != null ? dropped : slow;
        if (worst == null) {
            return null;
        }
        if (inProbation(nowNs)) {
            if (worst == slow && ++slowBatches < SLOW_BATCHES) {
                return null;
            }
            return worst + (worst == slow ? " (" + SLOW_BATCHES + " such batches)" : "") + " during probation";
        }
        faultTimes[faults % REPEATED_FAULTS] = nowNs;
        faults++;
        long oldest = faultTimes[faults % REPEATED_FAULTS];
        if (faults >= REPEATED_FAULTS && nowNs - oldest <= REPEAT_WINDOW_NS) {
            return worst + " (" + REPEATED_FAULTS + " faults within " + TimeUnit.NANOSECONDS.toSeconds(REPEAT_WINDOW_NS) + " s)";
        }
        return null;
    }

    /** Held tasks the stall net took since the last round, as a fault; none in a predecessor's window. */
    private String dropped(long nowNs, long heldStalls) {
        if (nowNs - predecessorsUntil < 0 || heldStalls <= stallBaseline) {
            stallBaseline = heldStalls;
            return null;
        }
        long n = heldStalls - stallBaseline;
        stallBaseline = heldStalls;
        return "held " + n + " task(s) past the held budget of " + TimeUnit.NANOSECONDS.toMillis(HELD_BUDGET_NS)
                + " ms (the kernel side dispatched them)";
    }
}
