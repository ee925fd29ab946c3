package org.hotsched.sim;

import java.util.List;
import java.util.Objects;

import org.hotsched.api.CpuTopology;

/**
 * What runs on the simulated machine: named groups of tasks. Immutable. See {@link Workloads} for ready-made
 * ones and {@link TaskGroup} for the building blocks.
 *
 * @param name shown in {@link SimKernel#describe()} and the report
 * @param groups the task groups, at least one
 */
public record Workload(String name, List<TaskGroup> groups) {

    /** Most tasks a workload may start with. */
    public static final int MAX_INITIAL_TASKS = 1 << 20;

    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(groups, "groups");
        if (name.isBlank()) {
            throw new IllegalArgumentException("workload name must not be blank");
        }
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("workload '" + name + "' needs at least one task group");
        }
    }

    public static Workload of(String name, TaskGroup... groups) {
        return new Workload(name, List.of(groups));
    }

    /** How many tasks the workload starts with on a machine of {@code nrCpus} CPUs. */
    public long initialTasks(int nrCpus) {
        long total = 0;
        for (TaskGroup g : groups) {
            total += g.initialTasks(nrCpus);
        }
        return total;
    }

    /** Throws a one-line {@link IllegalArgumentException} if a group names a CPU {@code topology} lacks. */
    public void checkFits(CpuTopology topology) {
        int nrCpus = topology.nrCpus();
        for (TaskGroup g : groups) {
            for (int cpu : g.cpus()) {
                if (cpu >= nrCpus) {
                    throw new IllegalArgumentException("workload '" + name + "', group '" + g.label() + "': CPU "
                            + cpu + " is outside 0.." + (nrCpus - 1));
                }
            }
        }
        long total = initialTasks(nrCpus);
        if (total > MAX_INITIAL_TASKS) {
            throw new IllegalArgumentException("workload '" + name + "' starts " + total + " tasks, more than "
                    + MAX_INITIAL_TASKS);
        }
    }
}
