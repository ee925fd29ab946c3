package org.hotsched.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The bridge's configuration (PID {@code org.hotsched.core}), described for Metatype. Values arrive as
 * strings from {@code .cfg} files and are checked by {@link BridgeSettings}. Only {@code policy} takes
 * effect on a running bridge; the other settings apply when the bridge starts.
 */
@ObjectClassDefinition(
        id = BridgeConfig.PID,
        name = "hotsched bridge",
        description = "Which policy decides, and the backend it decides for.")
@interface BridgeConfig {

    String PID = "org.hotsched.core";

    @AttributeDefinition(description = "Name of the policy to use. Empty: the policy service with the highest "
            + "service.ranking. Changes apply at once (a policy swap).")
    String policy() default "";

    @AttributeDefinition(description = "auto: sched_ext when the kernel has it and we may load BPF, else the "
            + "simulator. Applies when the bridge starts.",
            options = {@Option(label = "auto", value = "auto"), @Option(label = "sim", value = "sim"),
                       @Option(label = "bpf", value = "bpf")})
    String backend() default "auto";

    @AttributeDefinition(name = "slice.ns", description = "Default time slice in ns (1000..1000000000).")
    long slice_ns() default 5_000_000L;

    @AttributeDefinition(name = "stall.budget.ns", description = "Longest a task waits for a Java decision "
            + "before the kernel side dispatches it itself, in ns (1000000..5000000000). Applies when the bridge starts.")
    long stall_budget_ns() default 50_000_000L;

    @AttributeDefinition(name = "probation.ms", description = "How long a newly activated policy is on probation, "
            + "in ms (0..600000): one fault then rolls it back (three slow batches). Applies when the bridge starts.")
    long probation_ms() default 5_000L;

    @AttributeDefinition(name = "probation.latency.ns", description = "Most CPU time a policy may use over "
            + "one batch, in ns (10000..10000000000); three slower batches in a row on probation roll it back. Applies "
            + "when the bridge starts.")
    long probation_latency_ns() default 50_000_000L;

    @AttributeDefinition(name = "probation.blocked.ns", description = "Most time a policy may be blocked over one "
            + "batch (off the CPU, not waiting for one, not in a GC: a sleep, a lock, I/O), in ns "
            + "(1000000..10000000000); three such batches in a row on probation roll it back. Applies when the bridge "
            + "starts.")
    long probation_blocked_ns() default 10_000_000L;

    @AttributeDefinition(name = "swap.warmup.rounds", description = "Rounds of synthetic tasks a policy runs before "
            + "it is activated, so its code is compiled (0..100000). Applies when the bridge starts.")
    int swap_warmup_rounds() default 100;

    @AttributeDefinition(name = "swap.handover.chunk", description = "Tasks moved from the outgoing policy to its "
            + "successor per dispatch round, the first chunk within the swap gap (1..1000000). Applies when the bridge starts.")
    int swap_handover_chunk() default 32;

    @AttributeDefinition(name = "policy.timeout.ms", description = "Longest a call into a policy may take, in ms "
            + "(10..60000): a policy that has not returned by then is abandoned on its thread, rolled back, and not "
            + "chosen again until sched:use names it. Applies when the bridge starts.")
    long policy_timeout_ms() default 1_000L;

    @AttributeDefinition(name = "sim.cpus", description = "Simulated CPUs (1..1024).")
    int sim_cpus() default 4;

    @AttributeDefinition(name = "sim.workload", description = "Simulated workload: demo, mix, hogs, interactive, fork.")
    String sim_workload() default "demo";

    @AttributeDefinition(name = "sim.seed", description = "Seed of the simulation: same seed, same run.")
    long sim_seed() default 42L;

    @AttributeDefinition(name = "sim.speed", description = "Simulated time per wall-clock time (0.001..1000).")
    double sim_speed() default 1.0;
}
