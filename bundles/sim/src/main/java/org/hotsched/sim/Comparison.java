package org.hotsched.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.hotsched.api.SchedulerPolicy;

/**
 * Runs the standard workload mixes against several policies and the {@link EevdfBaseline}, with the same seed,
 * CPUs and duration for every run, and reports one row per policy × workload × task class:
 *
 * <pre>{@code
 * Comparison.Result r = Comparison.builder().policy("fifo", () -> new FifoPolicy(0)).build().run();
 * System.out.print(r.toTable());
 * r.writeCsv(dir.resolve("compare.csv"));
 * r.writeSvg(dir.resolve("compare.svg"));
 * }</pre>
 *
 * Each run gets a fresh policy instance from its supplier.
 */
public final class Comparison {

    /** The name the baseline's rows carry. */
    public static final String BASELINE = EevdfBaseline.NAME;

    /**
     * A standard workload and the task class whose p99 wait the chart shows.
     *
     * @param workload what runs
     * @param focusClass the latency-sensitive class of the mix
     */
    public record Mix(Workload workload, String focusClass) {
        public Mix {
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(focusClass, "focusClass");
        }

        public String name() {
            return workload.name();
        }
    }

    /**
     * One policy on one workload, one task class.
     *
     * @param policy the policy's name
     * @param workload the workload's name
     * @param taskClass the task class
     * @param burstsPerSecond completed bursts per simulated second (0 for hogs)
     * @param cpuShare the class's CPU time as a fraction of the machine
     * @param waitP50Ns median wait from runnable to running
     * @param waitP99Ns 99th percentile wait
     * @param waitP999Ns 99.9th percentile wait
     * @param fairness Jain's index over the hogs' CPU time per weight in this run (NaN without hogs)
     * @param balanced whether every enqueue was dispatched exactly once
     */
    public record Row(String policy, String workload, String taskClass, double burstsPerSecond, double cpuShare,
                      long waitP50Ns, long waitP99Ns, long waitP999Ns, double fairness, boolean balanced) {
    }

    /** The three standard mixes, sized per CPU: {@code interactive+hogs}, {@code short-tasks}, {@code mixed-weights}. */
    public static List<Mix> standardMixes() {
        return List.of(
                new Mix(Workload.of("interactive+hogs",
                        TaskGroup.hogs(2).withCountPerCpu(),
                        TaskGroup.interactive(1, Duration.ofNanos(200_000), Duration.ofMillis(10)).withCountPerCpu()),
                        "interactive"),
                new Mix(Workload.of("short-tasks",
                        TaskGroup.forkers(2, Duration.ofMillis(4), 4, Duration.ofNanos(300_000)).withCountPerCpu(),
                        TaskGroup.hogs(1).withCountPerCpu()),
                        "fork"),
                new Mix(Workload.of("mixed-weights",
                        TaskGroup.hogs(1).withCountPerCpu().withLabel("hog-nice-5").withNice(-5),
                        TaskGroup.hogs(1).withCountPerCpu().withLabel("hog-nice0"),
                        TaskGroup.hogs(1).withCountPerCpu().withLabel("hog-nice5").withNice(5),
                        TaskGroup.interactive(1, Duration.ofNanos(500_000), Duration.ofMillis(5)).withCountPerCpu()),
                        "interactive"));
    }

    private final Map<String, Supplier<? extends SchedulerPolicy>> policies;
    private final List<Mix> mixes;
    private final int cpus;
    private final long seed;
    private final Duration duration;

    private Comparison(Builder b) {
        this.policies = new LinkedHashMap<>(b.policies);
        this.policies.putIfAbsent(BASELINE, EevdfBaseline::new);
        this.mixes = List.copyOf(b.mixes);
        this.cpus = b.cpus;
        this.seed = b.seed;
        this.duration = b.duration;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Policy names in run order, the baseline last unless the caller named it. */
    public List<String> policyNames() {
        return List.copyOf(policies.keySet());
    }

    public List<Mix> mixes() {
        return mixes;
    }

    /** Runs every policy on every mix. A policy that throws gets no rows and is named in {@link Result#failures()}. */
    public Result run() {
        List<Row> rows = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Mix mix : mixes) {
            Simulation sim = Simulation.builder().cpus(cpus).workload(mix.workload()).seed(seed)
                    .duration(duration).build();
            for (Map.Entry<String, Supplier<? extends SchedulerPolicy>> e : policies.entrySet()) {
                SimReport report;
                try {
                    report = sim.run(e.getValue().get());
                } catch (RuntimeException ex) {
                    failures.put(e.getKey() + " on " + mix.name(), String.valueOf(ex));
                    continue;
                }
                for (TaskClassStats c : report.classes()) {
                    rows.add(new Row(e.getKey(), mix.name(), c.name(), c.burstsPerSecond(), c.cpuShare(),
                            c.waitP50Ns(), c.waitP99Ns(), c.waitP999Ns(), report.fairness(),
                            report.accounting().balanced()));
                }
            }
        }
        return new Result(policyNames(), mixes, cpus, seed, duration, rows, failures);
    }

    /**
     * What {@link #run()} found.
     *
     * @param policies policy names in run order
     * @param mixes the workloads
     * @param cpus simulated CPUs
     * @param seed the seed every run used
     * @param duration simulated time per run
     * @param rows one per policy × workload × task class
     * @param failures "policy on workload" → what it threw
     */
    public record Result(List<String> policies, List<Mix> mixes, int cpus, long seed, Duration duration,
                         List<Row> rows, Map<String, String> failures) {

        public Result {
            policies = List.copyOf(policies);
            mixes = List.copyOf(mixes);
            rows = List.copyOf(rows);
            failures = Map.copyOf(failures);
        }

        /** The row of {@code policy} on {@code workload} for {@code taskClass}, or null. */
        public Row row(String policy, String workload, String taskClass) {
            for (Row r : rows) {
                if (r.policy().equals(policy) && r.workload().equals(workload) && r.taskClass().equals(taskClass)) {
                    return r;
                }
            }
            return null;
        }

        /** One line saying what was run. */
        public String describe() {
            return policies.size() + " policies × " + mixes.size() + " workloads, " + cpus + " CPUs, seed " + seed
                    + ", " + duration.toMillis() + " ms simulated each";
        }

        /** An aligned plain-text table, one line per row; times in ms. */
        public String toTable() {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"workload", "class", "policy", "bursts/s", "cpu%", "wait p50", "p99", "p99.9",
                    "fairness"});
            for (Mix mix : mixes) {
                for (Row r : rows) {
                    if (!r.workload().equals(mix.name())) {
                        continue;
                    }
                    lines.add(new String[] {r.workload(), r.taskClass(), r.policy() + (r.balanced() ? "" : " (!)"),
                            fmt("%.0f", r.burstsPerSecond()), fmt("%.1f", 100 * r.cpuShare()), ms(r.waitP50Ns()),
                            ms(r.waitP99Ns()), ms(r.waitP999Ns()), fmt("%.2f", r.fairness())});
                }
            }
            int[] widths = new int[lines.get(0).length];
            for (String[] l : lines) {
                for (int i = 0; i < l.length; i++) {
                    widths[i] = Math.max(widths[i], l[i].length());
                }
            }
            StringBuilder out = new StringBuilder();
            for (String[] l : lines) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < l.length; i++) {
                    boolean numeric = i >= 3;
                    String pad = " ".repeat(widths[i] - l[i].length());
                    line.append(numeric ? pad + l[i] : l[i] + pad).append("  ");
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
            out.append("wait times in ms; fairness: Jain's index over the hogs' CPU time per weight (1 = fair)");
            if (rows.stream().anyMatch(r -> !r.balanced())) {
                out.append("; (!) accounting not balanced");
            }
            out.append('\n');
            failures.forEach((k, v) -> out.append("failed: ").append(k).append(": ").append(v).append('\n'));
            return out.toString();
        }

        /** The rows as CSV with a header line; times in ns. */
        public String toCsv() {
            StringBuilder out = new StringBuilder(
                    "policy,workload,class,bursts_per_s,cpu_share,wait_p50_ns,wait_p99_ns,wait_p999_ns,fairness,balanced\n");
            for (Row r : rows) {
                out.append(csv(r.policy())).append(',').append(csv(r.workload())).append(',')
                        .append(csv(r.taskClass())).append(',').append(fmt("%.3f", r.burstsPerSecond())).append(',')
                        .append(fmt("%.5f", r.cpuShare())).append(',').append(r.waitP50Ns()).append(',')
                        .append(r.waitP99Ns()).append(',').append(r.waitP999Ns()).append(',')
                        .append(Double.isNaN(r.fairness()) ? "" : fmt("%.4f", r.fairness())).append(',')
                        .append(r.balanced()).append('\n');
            }
            return out.toString();
        }

        public void writeCsv(Path file) throws IOException {
            Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
        }

        public void writeSvg(Path file) throws IOException {
            Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
        }

        /**
         * A grouped bar chart as SVG text: per workload, one bar per policy for the p99 wait of the mix's focus
         * class, with the value over each bar, a y axis in ms, and a legend.
         */
        public String toSvg() {
            return SvgChart.p99Chart(this);
        }
    }

    static String ms(long ns) {
        return fmt(ns >= 10_000_000 ? "%.1f" : "%.2f", ns / 1e6);
    }

    static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Configures a {@link Comparison}: 4 CPUs, seed 1, 2 s per run, the {@link #standardMixes()}. */
    public static final class Builder {
        private final Map<String, Supplier<? extends SchedulerPolicy>> policies = new LinkedHashMap<>();
        private List<Mix> mixes = standardMixes();
        private int cpus = 4;
        private long seed = 1;
        private Duration duration = Duration.ofSeconds(2);

        private Builder() {
        }

        /** Adds a policy; {@code instances} must return a fresh, unattached instance on every call. */
        public Builder policy(String name, Supplier<? extends SchedulerPolicy> instances) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(instances, "instances");
            if (policies.putIfAbsent(name, instances) != null) {
                throw new IllegalArgumentException("policy '" + name + "' is named twice");
            }
            return this;
        }

        public Builder policies(Map<String, ? extends Supplier<? extends SchedulerPolicy>> named) {
            named.forEach(this::policy);
            return this;
        }

        public Builder mixes(List<Mix> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("a comparison needs at least one workload");
            }
            mixes = List.copyOf(value);
            return this;
        }

        public Builder cpus(int value) {
            cpus = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder duration(Duration value) {
            duration = Objects.requireNonNull(value, "duration");
            return this;
        }

        public Comparison build() {
            return new Comparison(this);
        }
    }
}
