package org.hotsched.sim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.hotsched.sim.SimReport;
import org.hotsched.sim.TaskClassStats;

/** Takes a {@link SimReport} snapshot of an {@link Engine}, counting the running tasks' CPU time up to now. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static SimReport build(Engine engine) {
        Tasks tasks = engine.tasks;
        ClassMetrics classes = engine.classes;
        long elapsed = engine.now;
        int nrCpus = engine.cpus.nrCpus;

        long[] cpuTime = classes.cpuTimeNs.clone();
        double sumX = 0;
        double sumX2 = 0;
        int hogs = 0;
        for (int slot = 0; slot < tasks.highWater(); slot++) {
            if (tasks.state[slot] == Tasks.FREE) {
                continue;
            }
            long partial = engine.runningPartNs(slot);
            cpuTime[tasks.classId[slot]] += partial;
            if (tasks.behaviour[slot] == WorkloadModel.HOG) {
                double x = (double) (tasks.cpuTimeNs[slot] + partial) / tasks.weight[slot];
                sumX += x;
                sumX2 += x * x;
                hogs++;
            }
        }
        double fairness = hogs == 0 ? Double.NaN : sumX2 == 0 ? 1.0 : sumX * sumX / (hogs * sumX2);

        double capacity = (double) elapsed * nrCpus;
        double seconds = elapsed / 1e9;
        long busy = 0;
        List<TaskClassStats> stats = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            busy += cpuTime[c];
            Histogram wait = classes.wait[c];
            long waits = wait.getTotalCount();
            stats.add(new TaskClassStats(classes.names.get(c), classes.tasks[c], cpuTime[c],
                    capacity == 0 ? 0 : cpuTime[c] / capacity,
                    classes.bursts[c], seconds == 0 ? 0 : classes.bursts[c] / seconds, waits,
                    percentile(wait, 50), percentile(wait, 99), percentile(wait, 99.9),
                    waits == 0 ? 0 : wait.getMaxValue()));
        }
        double utilisation = capacity == 0 ? 0 : busy / capacity;
        return new SimReport(engine.describe(), nrCpus, elapsed, engine.eventsProcessed(), utilisation, fairness,
                stats, engine.accounting(), Map.of());
    }

    private static long percentile(Histogram h, double p) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p);
    }
}
