package org.hotsched.core.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The ring-path bench's table rows and summary, ns per task by phase. */
final class BenchReport {

    static final String COLUMNS = String.format(Locale.ROOT, "%-16s %8s %8s %8s %8s %10s %12s",
            "ns per task", "kernel", "consume", "decide", "total", "user space", "B/decision");

    private BenchReport() {
    }

    static String row(String label, PathTimes t, double bytesPerDecision) {
        String bytes = Double.isNaN(bytesPerDecision) ? "" : String.format(Locale.ROOT, "%.3f", bytesPerDecision);
        return String.format(Locale.ROOT, "%-16s %8.1f %8.1f %8.1f %8.1f %10.1f %12s", label, t.kernel(),
                t.consume(), t.decide(), t.total(), t.userSpace(), bytes);
    }

    static String summary(List<PathTimes> java, List<PathTimes> c, double[] bytesPerDecision, double goal) {
        double[] whole = new double[java.size()];
        double[] user = new double[java.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = java.get(i).total() / c.get(i).total();
            user[i] = java.get(i).userSpace() / c.get(i).userSpace();
        }
        double wholeRatio = median(whole);
        double userRatio = median(user);
        double bytes = median(bytesPerDecision);
        double maxBytes = Arrays.stream(bytesPerDecision).max().orElse(0);
        return String.join(System.lineSeparator(),
                row("median java", medians(java), bytes),
                row("median c", medians(c), Double.NaN),
                String.format(Locale.ROOT, "Java ns/task %.1f, C ns/task %.1f (medians, whole path)",
                        median(java, PathTimes::total), median(c, PathTimes::total)),
                String.format(Locale.ROOT, "ratio Java/C (median over rounds): whole path %.2fx (goal <= %.2fx:"
                        + " %s); user space only (consume + decide) %.2fx", wholeRatio, goal,
                        wholeRatio <= goal ? "met" : "MISSED", userRatio),
                String.format(Locale.ROOT, "Java bytes allocated per decision: %.3f median, %.3f max over rounds"
                        + " (goal 0: %s)", bytes, maxBytes, maxBytes < 0.001 ? "met" : "MISSED"));
    }

    private static PathTimes medians(List<PathTimes> times) {
        return new PathTimes(median(times, PathTimes::kernel), median(times, PathTimes::consume),
                median(times, PathTimes::decide));
    }

    private static double median(List<PathTimes> times, ToDoubleFunction<PathTimes> field) {
        return median(times.stream().mapToDouble(field).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
