package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBuffer;

/**
 * Runs a policy about to be activated over synthetic tasks, so its hot path is compiled before it makes
 * real decisions; then takes the synthetic tasks back. The pids lie above the kernel's PID_MAX_LIMIT, so
 * they can never be mistaken for real tasks, and the decisions go nowhere.
 */
final class WarmUp {

    /** The kernel's PID_MAX_LIMIT on 64-bit: no real task has a pid at or above it. */
    static final int FIRST_PID = 4_194_304;
    private static final int TASKS = 32;

    private final int rounds;
    private final TaskBuffer tasks;
    private final TaskBuffer taken;
    private final DispatchSink discard = new DispatchSink() {
        @Override
        public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
            return true;
        }

        @Override
        public int remaining() {
            return Integer.MAX_VALUE;
        }
    };

    WarmUp(int rounds, int nrCpus) {
        this.rounds = rounds;
        this.tasks = new TaskBuffer(TASKS, nrCpus);
        this.taken = new TaskBuffer(TASKS, nrCpus);
        for (int i = 0; i < TASKS; i++) {
            tasks.append().pid(FIRST_PID + i).tgid(FIRST_PID).prevCpu(i % nrCpus).allowCpus(nrCpus)
                    .runtimeNs(i * 100_000L).generation(1).comm("hotsched-warmup");
        }
    }

    /**
     * Exercises {@code policy}; it holds nothing afterwards. Returns what it threw, or {@code null}: a policy that
     * fails here is not activated.
     */
    Throwable run(PolicyHandle policy, PolicyCalls calls) {
        for (int round = 0; round < rounds; round++) {
            Throwable thrown = calls.enqueue(policy, tasks);
            thrown = thrown != null ? thrown : calls.dispatch(policy, discard);
            taken.clear();
            thrown = thrown != null ? thrown : calls.handOver(policy, taken);
            if (thrown != null) {
                return thrown;
            }
        }
        return null;
    }
}
