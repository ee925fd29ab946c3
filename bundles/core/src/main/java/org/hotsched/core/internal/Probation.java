package org.hotsched.core.internal;

import java.util.concurrent.TimeUnit;

/**
 * Judges the active policy. During its probation (the first seconds after activation) one fault is
 * enough to roll it back: it threw, made an invalid decision, used more CPU time than the latency budget
 * over a batch, or let a task wait until the kernel side's stall safety net dispatched it. After probation only
 * repeated throwing or invalid decisions do. Dispatch thread only; the verdicts allocate, the checks do not.
 */
final class Probation {

    static final int REPEATED_FAULTS = 3;
    static final long REPEAT_WINDOW_NS = TimeUnit.SECONDS.toNanos(10);

    private final long probationNs;
    private final long latencyBudgetNs;
    private final long[] faultTimes = new long[REPEATED_FAULTS];
    private int faults;
    private long until;
    private long stallBaseline;
    private boolean judging;

    Probation(long probationNs, long latencyBudgetNs) {
        this.probationNs = probationNs;
        this.latencyBudgetNs = latencyBudgetNs;
    }

    /** A policy was activated; {@code judged} is false for the built-in one, which is never rolled back. */
    void start(boolean judged, long nowNs, long stallFallbacks) {
        judging = judged;
        until = nowNs + probationNs;
        stallBaseline = stallFallbacks;
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
     * @param stallFallbacks the kernel side's stall-net count now
     */
    String judge(long nowNs, String fault, long latencyNs, long stallFallbacks) {
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
        if (stallFallbacks > stallBaseline) {
            return "let " + (stallFallbacks - stallBaseline) + " task(s) wait past the stall budget (the kernel side "
                    + "dispatched them) during probation";
        }
        return null;
    }
}
