package org.hotsched.sim;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.Weights;

/**
 * A group of simulated tasks that behave alike. Durations are means of exponential distributions, drawn
 * from the simulation's seeded random stream. Immutable; the {@code with*} methods return changed copies.
 *
 * @param kind how the tasks behave
 * @param label the task class the report groups them under, also their command name
 * @param count how many tasks (per CPU when {@code perCpu}; kernel threads are always one set per CPU)
 * @param perCpu whether {@code count} is multiplied by the number of CPUs the group may use
 * @param weight scheduling weight, 1..10000 (100 is nice 0)
 * @param burstNs mean CPU time per burst (ignored for hogs, which never stop)
 * @param sleepNs mean time asleep between bursts (interactive think time, forker and kthread period)
 * @param children children a forker creates after each of its bursts
 * @param childBurstNs mean CPU time a child runs before it exits
 * @param cpus the CPUs the tasks may run on; empty means all
 * @param cgroup the cgroup (v2) path the tasks run in, from the cgroup root: {@code /} or, for example,
 *               {@code /system.slice/nginx.service}
 */
public record TaskGroup(Kind kind, String label, int count, boolean perCpu, int weight, long burstNs,
                        long sleepNs, int children, long childBurstNs, List<Integer> cpus, String cgroup) {

    /** How the tasks of a group behave. */
    public enum Kind {
        /** Always runnable: runs until its slice ends, forever. */
        HOG,
        /** Runs a short burst, then sleeps a think time. */
        INTERACTIVE,
        /** Wakes periodically, runs a short burst and forks short-lived children that run one burst and exit. */
        FORKER,
        /** A per-CPU kernel thread: short periodic bursts pinned to its CPU; never reaches the policy. */
        KTHREAD
    }

    /** Most tasks one group may start with. */
    public static final int MAX_COUNT = 100_000;

    public TaskGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cpus, "cpus");
        Objects.requireNonNull(cgroup, "cgroup");
        if (!cgroup.matches("/|(/[A-Za-z0-9_.@:-]+)+")) {
            throw new IllegalArgumentException("group '" + label + "': cgroup '" + cgroup
                    + "' must be / or a path like /system.slice/nginx.service");
        }
        if (!label.matches("[A-Za-z0-9_.-]{1,16}")) {
            throw new IllegalArgumentException("label '" + label + "' must be 1..16 letters, digits, '.', '-' or '_'");
        }
        check(label, "count", count, 1, MAX_COUNT);
        check(label, "weight", weight, 1, 10_000);
        if (kind != Kind.HOG) {
            check(label, "burstNs", burstNs, 1, Long.MAX_VALUE / 4);
            check(label, "sleepNs", sleepNs, 1, Long.MAX_VALUE / 4);
        }
        if (kind == Kind.FORKER) {
            check(label, "children", children, 0, 1_000);
            check(label, "childBurstNs", childBurstNs, 1, Long.MAX_VALUE / 4);
        }
        cpus = List.copyOf(cpus);
        Set<Integer> seen = new HashSet<>();
        for (int cpu : cpus) {
            check(label, "cpu", cpu, 0, CpuTopology.MAX_CPUS - 1);
            if (!seen.add(cpu)) {
                throw new IllegalArgumentException("group '" + label + "': CPU " + cpu + " is listed twice");
            }
        }
    }

    private static void check(String label, String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("group '" + label + "': " + field + " " + value
                    + " is outside " + min + ".." + max);
        }
    }

    /** {@code count} CPU hogs, labelled "hog". */
    public static TaskGroup hogs(int count) {
        return new TaskGroup(Kind.HOG, "hog", count, false, Weights.DEFAULT, 0, 0, 0, 0, List.of(), "/");
    }

    /** {@code count} interactive tasks, labelled "interactive": bursts of mean {@code burst}, then think time. */
    public static TaskGroup interactive(int count, Duration burst, Duration think) {
        return new TaskGroup(Kind.INTERACTIVE, "interactive", count, false, Weights.DEFAULT,
                burst.toNanos(), think.toNanos(), 0, 0, List.of(), "/");
    }

    /**
     * {@code count} forkers, labelled "fork": each wakes on average every {@code period}, runs a 50 µs burst and
     * forks {@code children} tasks that run a burst of mean {@code childBurst} and exit.
     */
    public static TaskGroup forkers(int count, Duration period, int children, Duration childBurst) {
        return new TaskGroup(Kind.FORKER, "fork", count, false, Weights.DEFAULT, 50_000, period.toNanos(),
                children, childBurst.toNanos(), List.of(), "/");
    }

    /** One kernel thread per CPU, labelled "kthread": bursts of mean {@code burst} on average every {@code period}. */
    public static TaskGroup kthreads(Duration period, Duration burst) {
        return new TaskGroup(Kind.KTHREAD, "kthread", 1, true, Weights.DEFAULT, burst.toNanos(),
                period.toNanos(), 0, 0, List.of(), "/");
    }

    public TaskGroup withLabel(String newLabel) {
        return new TaskGroup(kind, newLabel, count, perCpu, weight, burstNs, sleepNs, children, childBurstNs, cpus, cgroup);
    }

    public TaskGroup withWeight(int newWeight) {
        return new TaskGroup(kind, label, count, perCpu, newWeight, burstNs, sleepNs, children, childBurstNs, cpus, cgroup);
    }

    /** The weight of nice value {@code nice} (-20..19). */
    public TaskGroup withNice(int nice) {
        return withWeight(Weights.ofNice(nice));
    }

    /** Puts the tasks in the cgroup at {@code path}, e.g. {@code /system.slice/nginx.service}. */
    public TaskGroup inCgroup(String path) {
        return new TaskGroup(kind, label, count, perCpu, weight, burstNs, sleepNs, children, childBurstNs, cpus, path);
    }

    /** {@code count} tasks for every CPU the group may use. */
    public TaskGroup withCountPerCpu() {
        return new TaskGroup(kind, label, count, true, weight, burstNs, sleepNs, children, childBurstNs, cpus, cgroup);
    }

    /** Restricts the tasks to these CPUs (for kernel threads: the CPUs that get one). */
    public TaskGroup withCpus(int... allowed) {
        List<Integer> list = Arrays.stream(allowed).boxed().toList();
        return new TaskGroup(kind, label, count, perCpu, weight, burstNs, sleepNs, children, childBurstNs, list, cgroup);
    }

    /** How many tasks the group starts with on a machine of {@code nrCpus} CPUs. */
    public int initialTasks(int nrCpus) {
        int usable = cpus.isEmpty() ? nrCpus : cpus.size();
        return perCpu || kind == Kind.KTHREAD ? count * usable : count;
    }
}
