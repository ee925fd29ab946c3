package org.hotsched.sim;

import java.time.Duration;
import java.util.Objects;

import org.hotsched.api.CpuTopology;

/**
 * How to build a {@link SimKernel}. Validated on construction: a bad value throws a one-line
 * {@link IllegalArgumentException} naming the field and its allowed range.
 *
 * @param topology the simulated CPUs
 * @param workload the tasks that run
 * @param seed seeds every random draw: the same seed and the same decisions give the same run
 * @param defaultSliceNs slice of a decision that names none (slice 0) and of safety-net dispatches
 * @param stallBudgetNs how long a task may wait for user space before the safety net dispatches it
 * @param queuedRingCapacity records the kernel-to-user ring holds; when it is full tasks bypass user space
 */
public record SimConfig(CpuTopology topology, Workload workload, long seed, long defaultSliceNs,
                        long stallBudgetNs, int queuedRingCapacity) {

    public static final long DEFAULT_SLICE_NS = 5_000_000L;
    public static final long DEFAULT_STALL_BUDGET_NS = 50_000_000L;
    public static final int DEFAULT_QUEUED_RING_CAPACITY = 4096;
    public static final long DEFAULT_SEED = 42L;

    public static final long MIN_SLICE_NS = 1_000L;
    public static final long MAX_SLICE_NS = 10_000_000_000L;
    public static final long MIN_STALL_BUDGET_NS = 1_000L;
    public static final long MAX_STALL_BUDGET_NS = 600_000_000_000L;
    public static final int MAX_QUEUED_RING_CAPACITY = 1 << 20;

    public SimConfig {
        if (topology == null) {
            throw new IllegalArgumentException("topology must be set");
        }
        if (workload == null) {
            throw new IllegalArgumentException("workload must be set");
        }
        check("defaultSliceNs", defaultSliceNs, MIN_SLICE_NS, MAX_SLICE_NS);
        check("stallBudgetNs", stallBudgetNs, MIN_STALL_BUDGET_NS, MAX_STALL_BUDGET_NS);
        check("queuedRingCapacity", queuedRingCapacity, 1, MAX_QUEUED_RING_CAPACITY);
        workload.checkFits(topology);
    }

    private static void check(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " " + value + " is outside " + min + ".." + max);
        }
    }

    /** 4 CPUs, the demo workload, seed 42, 5 ms slice, 50 ms stall budget, 4096 ring records. */
    public static SimConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().topology(topology).workload(workload).seed(seed).defaultSliceNs(defaultSliceNs)
                .stallBudgetNs(stallBudgetNs).queuedRingCapacity(queuedRingCapacity);
    }

    /** Builds a {@link SimConfig}; unset fields take the defaults. */
    public static final class Builder {
        private CpuTopology topology = CpuTopology.uniform(4, 1);
        private Workload workload;
        private long seed = DEFAULT_SEED;
        private long defaultSliceNs = DEFAULT_SLICE_NS;
        private long stallBudgetNs = DEFAULT_STALL_BUDGET_NS;
        private int queuedRingCapacity = DEFAULT_QUEUED_RING_CAPACITY;

        private Builder() {
        }

        public Builder topology(CpuTopology value) {
            this.topology = Objects.requireNonNull(value, "topology");
            return this;
        }

        /** {@code nrCpus} CPUs without SMT, one cache, one node. */
        public Builder cpus(int nrCpus) {
            return topology(CpuTopology.uniform(nrCpus, 1));
        }

        public Builder workload(Workload value) {
            this.workload = Objects.requireNonNull(value, "workload");
            return this;
        }

        /** A workload by name, see {@link Workloads#named(String)}. */
        public Builder workload(String name) {
            return workload(Workloads.named(name));
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder defaultSliceNs(long value) {
            this.defaultSliceNs = value;
            return this;
        }

        public Builder defaultSlice(Duration value) {
            return defaultSliceNs(value.toNanos());
        }

        public Builder stallBudgetNs(long value) {
            this.stallBudgetNs = value;
            return this;
        }

        public Builder stallBudget(Duration value) {
            return stallBudgetNs(value.toNanos());
        }

        public Builder queuedRingCapacity(int value) {
            this.queuedRingCapacity = value;
            return this;
        }

        public SimConfig build() {
            return new SimConfig(topology, workload == null ? Workloads.demo() : workload, seed, defaultSliceNs,
                    stallBudgetNs, queuedRingCapacity);
        }
    }
}
