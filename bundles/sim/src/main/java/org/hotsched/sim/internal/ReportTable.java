package org.hotsched.sim.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hotsched.sim.SimAccounting;
import org.hotsched.sim.SimReport;
import org.hotsched.sim.TaskClassStats;

/** Formats a {@link SimReport} as a plain-text table. */
public final class ReportTable {

    private static final String ROW = "%-12s %6s %10s %7s %9s %9s %9s %9s %9s %9s%n";

    private ReportTable() {
    }

    public static String format(SimReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %s simulated, %,d events, CPU utilisation %.1f%%%n",
                r.description(), duration(r.simulatedNs()), r.events(), r.cpuUtilisation() * 100));
        out.append(String.format(Locale.ROOT, ROW, "class", "tasks", "cpu-time", "share", "bursts/s",
                "wait p50", "p99", "p99.9", "max", "waits"));
        for (TaskClassStats c : r.classes()) {
            out.append(String.format(Locale.ROOT, ROW, c.name(), c.tasks(), duration(c.cpuTimeNs()),
                    String.format(Locale.ROOT, "%.1f%%", c.cpuShare() * 100),
                    String.format(Locale.ROOT, "%.1f", c.burstsPerSecond()),
                    duration(c.waitP50Ns()), duration(c.waitP99Ns()), duration(c.waitP999Ns()),
                    duration(c.waitMaxNs()), c.waits()));
        }
        out.append(String.format(Locale.ROOT, "fairness (Jain's index of CPU time / weight over hogs): %s%n",
                Double.isNaN(r.fairness()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.fairness())));
        SimAccounting a = r.accounting();
        out.append("accounting: ").append(a.explain()).append(System.lineSeparator());
        if (!r.policyCounters().isEmpty()) {
            out.append("policy counters:");
            for (Map.Entry<String, Long> e : new TreeMap<>(r.policyCounters()).entrySet()) {
                out.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** Nanoseconds in the largest unit that keeps the number at or above 1. */
    static String duration(long ns) {
        if (ns >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
        }
        if (ns >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        if (ns >= 1_000L) {
            return String.format(Locale.ROOT, "%.1f us", ns / 1e3);
        }
        return ns + " ns";
    }
}
