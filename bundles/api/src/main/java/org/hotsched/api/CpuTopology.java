package org.hotsched.api;

import java.util.Arrays;

/**
 * CPU topology: for every CPU, its physical core (SMT siblings share one), last-level cache and NUMA node.
 * Immutable.
 */
public final class CpuTopology {

    /** The most CPUs hotsched schedules, as in the kernel side's wire format. */
    public static final int MAX_CPUS = 1024;

    private final int[] core;
    private final int[] llc;
    private final int[] node;

    private CpuTopology(int[] core, int[] llc, int[] node) {
        if (core.length == 0 || core.length > MAX_CPUS) {
            throw new IllegalArgumentException("CPU count " + core.length + " is outside 1.." + MAX_CPUS);
        }
        if (llc.length != core.length || node.length != core.length) {
            throw new IllegalArgumentException("core, llc and node ids need one entry per CPU");
        }
        this.core = core.clone();
        this.llc = llc.clone();
        this.node = node.clone();
    }

    /** A topology from per-CPU ids: {@code core[cpu]}, {@code llc[cpu]}, {@code node[cpu]}. */
    public static CpuTopology of(int[] core, int[] llc, int[] node) {
        return new CpuTopology(core, llc, node);
    }

    /**
     * {@code nrCpus} CPUs, {@code smt} hardware threads per core (1 = no SMT), one cache and one node.
     */
    public static CpuTopology uniform(int nrCpus, int smt) {
        if (smt < 1 || nrCpus % smt != 0) {
            throw new IllegalArgumentException("SMT width " + smt + " must divide the CPU count " + nrCpus);
        }
        int[] core = new int[nrCpus];
        for (int cpu = 0; cpu < nrCpus; cpu++) {
            core[cpu] = cpu / smt;
        }
        return new CpuTopology(core, new int[nrCpus], new int[nrCpus]);
    }

    public int nrCpus() {
        return core.length;
    }

    public int coreOf(int cpu) {
        return core[cpu];
    }

    public int llcOf(int cpu) {
        return llc[cpu];
    }

    public int nodeOf(int cpu) {
        return node[cpu];
    }

    /** Whether two CPUs are hardware threads of one core. */
    public boolean smtSiblings(int a, int b) {
        return a != b && core[a] == core[b];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuTopology t
                && Arrays.equals(core, t.core) && Arrays.equals(llc, t.llc) && Arrays.equals(node, t.node);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(core) * 31 + Arrays.hashCode(llc) * 17 + Arrays.hashCode(node);
    }

    @Override
    public String toString() {
        long cores = Arrays.stream(core).distinct().count();
        long llcs = Arrays.stream(llc).distinct().count();
        long nodes = Arrays.stream(node).distinct().count();
        return nrCpus() + " CPUs, " + cores + " cores, " + llcs + " LLC, " + nodes + " NUMA node(s)";
    }
}
