package org.hotsched.sim.internal;

/** Which CPUs a task may run on: its group's mask, or its one CPU for a kernel thread. */
final class Affinity {

    private final Tasks tasks;
    private final WorkloadModel model;
    private final int nrCpus;

    Affinity(Tasks tasks, WorkloadModel model, int nrCpus) {
        this.tasks = tasks;
        this.model = model;
        this.nrCpus = nrCpus;
    }

    boolean allowed(int slot, int cpu) {
        if (cpu < 0 || cpu >= nrCpus) {
            return false;
        }
        int pinned = tasks.pinnedCpu[slot];
        if (pinned >= 0) {
            return cpu == pinned;
        }
        return (model.mask[tasks.group[slot]][cpu >>> 6] & (1L << (cpu & 63))) != 0;
    }

    /** Word {@code word} of the task's allowed-CPU mask (CPUs 64·word .. 64·word+63). */
    long maskWord(int slot, int word) {
        int pinned = tasks.pinnedCpu[slot];
        if (pinned >= 0) {
            return (pinned >>> 6) == word ? 1L << (pinned & 63) : 0L;
        }
        return model.mask[tasks.group[slot]][word];
    }
}
