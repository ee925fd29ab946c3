package org.hotsched.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hotsched.sim.internal.ReportTable;

/**
 * The outcome of a simulation so far. Two runs with the same configuration and the same policy decisions give
 * equal reports.
 *
 * @param description the kernel's one-line description (CPUs, workload, seed)
 * @param nrCpus simulated CPUs
 * @param simulatedNs virtual time elapsed
 * @param events discrete events processed
 * @param cpuUtilisation busy CPU time as a fraction of CPUs × simulated time
 * @param fairness Jain's index over CPU time divided by weight, for the CPU hogs (1 = perfectly fair;
 *                 NaN when there are no hogs)
 * @param classes per task class, in the order the workload first names them
 * @param accounting the enqueue/dispatch accounting
 * @param policyCounters the counters the policy published through its metrics (empty from {@link SimKernel})
 */
public record SimReport(String description, int nrCpus, long simulatedNs, long events, double cpuUtilisation,
                        double fairness, List<TaskClassStats> classes, SimAccounting accounting,
                        Map<String, Long> policyCounters) {

    public SimReport {
        Objects.requireNonNull(description, "description");
        classes = List.copyOf(classes);
        Objects.requireNonNull(accounting, "accounting");
        policyCounters = Map.copyOf(policyCounters);
    }

    /** The statistics of the class labelled {@code name}. */
    public TaskClassStats taskClass(String name) {
        for (TaskClassStats c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no task class '" + name + "'; classes: "
                + classes.stream().map(TaskClassStats::name).collect(Collectors.joining(", ")));
    }

    /** The same report with the policy's counters attached. */
    public SimReport withPolicyCounters(Map<String, Long> counters) {
        return new SimReport(description, nrCpus, simulatedNs, events, cpuUtilisation, fairness, classes,
                accounting, new TreeMap<>(counters));
    }

    /** A readable plain-text table: per-class time, throughput and wait latency, then fairness and accounting. */
    public String toTable() {
        return ReportTable.format(this);
    }
}
