package org.hotsched.sim;

import java.time.Duration;
import java.util.Objects;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.SchedulerPolicy;

/**
 * Runs a policy on a simulated machine, for a policy's unit tests:
 *
 * <pre>{@code
 * SimReport report = Simulation.builder().cpus(4).workload("mix").seed(1).duration(Duration.ofSeconds(2))
 *         .build().run(new MyPolicy());
 * assertTrue(report.accounting().explain(), report.accounting().balanced());
 * }</pre>
 *
 * Every {@link #run} starts a fresh kernel, so a simulation may run several policies, or one several times,
 * with identical results for identical decisions.
 */
public final class Simulation {

    private final SimConfig config;
    private final Duration duration;

    private Simulation(SimConfig config, Duration duration) {
        this.config = config;
        this.duration = duration;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SimConfig config() {
        return config;
    }

    public Duration duration() {
        return duration;
    }

    /** Runs {@code policy} for the configured duration: attach, the loop, hand over, detach. */
    public SimReport run(SchedulerPolicy policy) {
        try (SimRun run = start(policy)) {
            run.runFor(duration);
            return run.report();
        }
    }

    /** Attaches {@code policy} to a fresh kernel, to drive the loop step by step. */
    public SimRun start(SchedulerPolicy policy) {
        return new SimRun(new SimKernel(config), policy);
    }

    /** Builds a {@link Simulation}; defaults as {@link SimConfig#defaults()}, 1 s of virtual time. */
    public static final class Builder {
        private final SimConfig.Builder config = SimConfig.builder();
        private Duration duration = Duration.ofSeconds(1);

        private Builder() {
        }

        public Builder topology(CpuTopology topology) {
            config.topology(topology);
            return this;
        }

        public Builder cpus(int nrCpus) {
            config.cpus(nrCpus);
            return this;
        }

        public Builder workload(Workload workload) {
            config.workload(workload);
            return this;
        }

        /** A workload by name, see {@link Workloads#named(String)}. */
        public Builder workload(String name) {
            config.workload(name);
            return this;
        }

        public Builder seed(long seed) {
            config.seed(seed);
            return this;
        }

        public Builder defaultSlice(Duration slice) {
            config.defaultSlice(slice);
            return this;
        }

        public Builder stallBudget(Duration budget) {
            config.stallBudget(budget);
            return this;
        }

        public Builder queuedRingCapacity(int records) {
            config.queuedRingCapacity(records);
            return this;
        }

        /** Virtual time to simulate, 1 µs .. 1 day. */
        public Builder duration(Duration value) {
            this.duration = Objects.requireNonNull(value, "duration");
            return this;
        }

        public Simulation build() {
            if (duration.compareTo(Duration.ofDays(1)) > 0 || duration.toNanos() < 1_000) {
                throw new IllegalArgumentException("duration " + duration + " is outside PT0.000001S..PT24H");
            }
            return new Simulation(config.build(), duration);
        }
    }
}
