package org.hotsched.policy.rules;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.PolicyContext;

/**
 * The parsed configuration: ordered rules (comm regex, tgid or cgroup path → class) and per-class slice,
 * weight and CPUs. Immutable but for its matchers, which only the dispatch thread uses, and the cgroup ids its
 * paths resolve to, which another thread looks up and replaces whole ({@link #resolveCgroups}).
 */
final class ClassRules {

    static final String[] CLASSES = {"latency-critical", "normal", "batch"};
    static final int NORMAL = 1;
    static final long MIN_SLICE_NS = 10_000L;
    static final long MAX_SLICE_NS = 1_000_000_000L;
    /** A cgroup v2 path from the root, as in /proc/PID/cgroup. */
    static final String CGROUP_PATH = "/|(/[A-Za-z0-9_.@:-]+)+";

    final long[] sliceNs = new long[3];
    final int[] weight = new int[3];
    /** Per class the allowed CPUs as mask words, or {@code null} for all. */
    final long[][] cpus = new long[3][];
    private final Matcher[] matchers;
    private final int[] tgids;
    /** Per rule its cgroup path, or {@code null} for comm and tgid rules. */
    private final String[] cgroupPaths;
    /**
     * Per cgroup rule the ids of its cgroup and those below, ascending, as last resolved ({@code null} before
     * and for other rules): a new array of arrays each time they change, never changed in place.
     */
    private volatile long[][] cgroupIds;
    private final int[] classes;
    /** Whether a rule names a cgroup, so its ids must be resolved (and kept up to date). */
    final boolean hasCgroupRules;

    ClassRules(RulesConfig c) {
        String[] prefixes = {"latency.critical", "normal", "batch"};
        long[] slices = {c.latency_critical_slice_ns(), c.normal_slice_ns(), c.batch_slice_ns()};
        int[] weights = {c.latency_critical_weight(), c.normal_weight(), c.batch_weight()};
        String[] cpuLists = {c.latency_critical_cpus(), c.normal_cpus(), c.batch_cpus()};
        for (int k = 0; k < 3; k++) {
            if (slices[k] != 0 && (slices[k] < MIN_SLICE_NS || slices[k] > MAX_SLICE_NS)) {
                throw invalid(prefixes[k] + ".slice.ns", slices[k], "use 0 or a whole number from " + MIN_SLICE_NS + " to " + MAX_SLICE_NS);
            }
            if (weights[k] < 0 || weights[k] > 10_000) {
                throw invalid(prefixes[k] + ".weight", weights[k], "use 0 or a whole number from 1 to 10000");
            }
            sliceNs[k] = slices[k];
            weight[k] = weights[k];
            cpus[k] = cpuList(prefixes[k] + ".cpus", cpuLists[k]);
        }
        List<Matcher> m = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        String spec = c.rules() == null ? "" : c.rules();
        for (String raw : spec.split(",")) {
            String rule = raw.strip();
            if (rule.isEmpty()) {
                continue;
            }
            int colon = rule.indexOf(':');
            int cls = colon < 0 ? -1 : List.of(CLASSES).indexOf(rule.substring(0, colon).strip());
            String match = colon < 0 ? "" : rule.substring(colon + 1).strip();
            if (cls < 0) {
                throw invalid("rules", rule, "the class must be latency-critical, normal or batch (CLASS:comm=REGEX, CLASS:tgid=N or CLASS:cgroup=PATH)");
            }
            String path = null;
            if (match.startsWith("comm=")) {
                try {
                    m.add(Pattern.compile(match.substring(5)).matcher(""));
                } catch (PatternSyntaxException e) {
                    throw invalid("rules", rule, "the regex does not compile: " + e.getDescription() + " at index " + e.getIndex());
                }
                targets.add(new int[] {cls, -1});
            } else if (match.startsWith("tgid=") && match.substring(5).matches("[0-9]{1,9}")) {
                m.add(null);
                targets.add(new int[] {cls, Integer.parseInt(match.substring(5))});
            } else if (match.startsWith("cgroup=") && match.substring(7).matches(CGROUP_PATH)) {
                m.add(null);
                targets.add(new int[] {cls, -1});
                path = match.substring(7);
            } else {
                throw invalid("rules", rule, "match comm=REGEX, tgid=N or cgroup=PATH (a cgroup v2 path such as"
                        + " /system.slice/nginx.service)");
            }
            paths.add(path);
        }
        matchers = m.toArray(Matcher[]::new);
        classes = targets.stream().mapToInt(t -> t[0]).toArray();
        tgids = targets.stream().mapToInt(t -> t[1]).toArray();
        cgroupPaths = paths.toArray(String[]::new);
        cgroupIds = new long[cgroupPaths.length][];
        hasCgroupRules = paths.stream().anyMatch(Objects::nonNull);
    }


    /** The rules of a configuration that sets nothing: RulesConfig's own defaults (no rule: every task normal). */
    static ClassRules defaults() {
        RulesConfig none = (RulesConfig) Proxy.newProxyInstance(RulesConfig.class.getClassLoader(),
                new Class<?>[] {RulesConfig.class}, (proxy, method, args) -> method.getDefaultValue());
        return new ClassRules(none);
    }

    /**
     * Looks up the ids of every cgroup rule's path and those below it (cgroups come and go); returns whether
     * any changed. Reads the cgroup file system through {@code context}: not on the dispatch thread.
     */
    synchronized boolean resolveCgroups(PolicyContext context) {
        long[][] resolved = cgroupIds.clone();
        boolean changed = false;
        for (int i = 0; i < cgroupPaths.length; i++) {
            if (cgroupPaths[i] != null) {
                long[] ids = context.cgroupIdsUnder(cgroupPaths[i]);
                changed |= !Arrays.equals(ids, resolved[i]);
                resolved[i] = ids;
            }
        }
        if (changed) {
            cgroupIds = resolved;
        }
        return changed;
    }

    /** The cgroup ids in force: another object each time they change, so a verdict cached before can be voided. */
    Object resolvedCgroups() {
        return cgroupIds;
    }

    private static IllegalArgumentException invalid(String key, Object value, String how) {
        return new IllegalArgumentException("configuration " + RulesConfig.PID + ": " + key + "='" + value + "' is invalid; " + how);
    }

    private static long[] cpuList(String key, String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        long[] mask = new long[CpuTopology.MAX_CPUS / 64];
        for (String part : list.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2 || !range[0].matches("[0-9]{1,4}") || !range[range.length - 1].matches("[0-9]{1,4}")) {
                throw invalid(key, list, "use CPU numbers and ranges like 0-3,6");
            }
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            if (from > to || to >= CpuTopology.MAX_CPUS) {
                throw invalid(key, list, "use ranges low-high within 0.." + (CpuTopology.MAX_CPUS - 1));
            }
            for (int cpu = from; cpu <= to; cpu++) {
                mask[cpu >>> 6] |= 1L << (cpu & 63);
            }
        }
        return mask;
    }

    /** For the log: each cgroup rule's path and how many cgroups it covers now. */
    String describeCgroups() {
        StringBuilder out = new StringBuilder();
        long[][] ids = cgroupIds;
        for (int i = 0; i < cgroupPaths.length; i++) {
            if (cgroupPaths[i] != null) {
                out.append(out.isEmpty() ? "" : ", ").append(cgroupPaths[i]).append(" → ")
                        .append(ids[i] == null ? 0 : ids[i].length).append(" cgroup(s)");
            }
        }
        return out.toString();
    }

    /** The class of a task: the first rule that matches, else normal. Allocation-free; dispatch thread only. */
    int classify(CharSequence comm, int tgid, long cgroupId) {
        long[][] ids = cgroupIds;
        for (int i = 0; i < classes.length; i++) {
            boolean match;
            if (cgroupPaths[i] != null) {
                match = ids[i] != null && Arrays.binarySearch(ids[i], cgroupId) >= 0;
            } else if (matchers[i] == null) {
                match = tgids[i] == tgid;
            } else {
                match = matchers[i].reset(comm).find();
            }
            if (match) {
                return classes[i];
            }
        }
        return NORMAL;
    }
}
