package org.hotsched.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.hotsched.sim.Workloads;

/**
 * The bridge's configuration, checked. {@link #parse} turns raw ConfigAdmin properties (strings from a
 * {@code .cfg} file, or typed values) into settings, key by key; a bad key gets one line naming it, the bad
 * value and what is allowed, and keeps its value.
 */
record BridgeSettings(String policy, String backend, long sliceNs, long stallBudgetNs, long probationMs,
                      long probationLatencyNs, long probationBlockedNs, int warmUpRounds, int handOverChunk,
                      long policyTimeoutMs, int simCpus, String simWorkload, long simSeed, double simSpeed) {

    static final BridgeSettings DEFAULTS = new BridgeSettings("", "auto", 5_000_000L, 50_000_000L, 5_000L,
            50_000_000L, 10_000_000L, 100, 32, 1_000L, 4, "demo", 42L, 1.0);

    /** Settings read from raw properties, and one line for each key refused. */
    record Parsed(BridgeSettings settings, List<String> refused) {
    }

    /** The settings, or one line naming the first bad key, its value and what is allowed. */
    static BridgeSettings parse(Map<String, ?> props) {
        Parsed parsed = parse(props, DEFAULTS);
        if (!parsed.refused().isEmpty()) {
            throw new IllegalArgumentException(parsed.refused().getFirst());
        }
        return parsed.settings();
    }

    /**
     * The settings, key by key: a key that is missing or refused keeps its value in {@code kept} (what is in force,
     * or the defaults at start), so one bad key, or a truncated file, changes nothing else.
     */
    static Parsed parse(Map<String, ?> props, BridgeSettings kept) {
        List<String> refused = new ArrayList<>();
        String policy = orKept(refused, kept.policy, () -> {
            String p = text(props, "policy", kept.policy);
            if (!p.isEmpty() && !p.matches("[A-Za-z0-9_-]+")) {
                throw invalid("policy", p, "a policy name (letters, digits, '-', '_') or empty");
            }
            return p;
        });
        String backend = orKept(refused, kept.backend, () -> {
            String b = text(props, "backend", kept.backend).toLowerCase(Locale.ROOT);
            if (!b.equals("auto") && !b.equals("sim") && !b.equals("bpf")) {
                throw invalid("backend", b, "auto, sim or bpf");
            }
            return b;
        });
        long sliceNs = orKept(refused, kept.sliceNs,
                () -> number(props, "slice.ns", kept.sliceNs, 1_000L, 1_000_000_000L));
        long stallNs = orKept(refused, kept.stallBudgetNs,
                () -> number(props, "stall.budget.ns", kept.stallBudgetNs, 1_000_000L, 5_000_000_000L));
        long probationMs = orKept(refused, kept.probationMs,
                () -> number(props, "probation.ms", kept.probationMs, 0, 600_000L));
        long latencyNs = orKept(refused, kept.probationLatencyNs,
                () -> number(props, "probation.latency.ns", kept.probationLatencyNs, 10_000L, 10_000_000_000L));
        long blockedNs = orKept(refused, kept.probationBlockedNs,
                () -> number(props, "probation.blocked.ns", kept.probationBlockedNs, 1_000_000L, 10_000_000_000L));
        int warmUp = orKept(refused, kept.warmUpRounds,
                () -> (int) number(props, "swap.warmup.rounds", kept.warmUpRounds, 0, 100_000));
        int chunk = orKept(refused, kept.handOverChunk,
                () -> (int) number(props, "swap.handover.chunk", kept.handOverChunk, 1, 1_000_000));
        long timeoutMs = orKept(refused, kept.policyTimeoutMs,
                () -> number(props, "policy.timeout.ms", kept.policyTimeoutMs, 10L, 60_000L));
        int simCpus = orKept(refused, kept.simCpus, () -> (int) number(props, "sim.cpus", kept.simCpus, 1, 1024));
        String workload = orKept(refused, kept.simWorkload, () -> {
            String w = text(props, "sim.workload", kept.simWorkload);
            if (!Workloads.NAMES.contains(w)) {
                throw invalid("sim.workload", w, "one of " + String.join(", ", Workloads.NAMES));
            }
            return w;
        });
        long seed = orKept(refused, kept.simSeed,
                () -> number(props, "sim.seed", kept.simSeed, Long.MIN_VALUE, Long.MAX_VALUE));
        double speed = orKept(refused, kept.simSpeed, () -> decimal(props, "sim.speed", kept.simSpeed, 0.001, 1000.0));
        return new Parsed(new BridgeSettings(policy, backend, sliceNs, stallNs, probationMs, latencyNs, blockedNs,
                warmUp, chunk, timeoutMs, simCpus, workload, seed, speed), List.copyOf(refused));
    }

    private static <T> T orKept(List<String> refused, T kept, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            refused.add(e.getMessage());
            return kept;
        }
    }

    /** Whether the settings read when the bridge starts differ (all but {@code policy}). */
    boolean backendSettingsDiffer(BridgeSettings other) {
        return !withPolicy("").equals(other.withPolicy(""));
    }

    BridgeSettings withPolicy(String name) {
        return new BridgeSettings(name, backend, sliceNs, stallBudgetNs, probationMs, probationLatencyNs,
                probationBlockedNs, warmUpRounds, handOverChunk, policyTimeoutMs, simCpus, simWorkload, simSeed,
                simSpeed);
    }

    /** How the dispatch thread carries out and judges a swap. */
    DispatchLoop.SwapSettings swap() {
        return new DispatchLoop.SwapSettings(sliceNs, warmUpRounds, probationMs * 1_000_000L, probationLatencyNs,
                probationBlockedNs, handOverChunk, policyTimeoutMs * 1_000_000L);
    }

    private static String text(Map<String, ?> props, String key, String fallback) {
        Object v = props.get(key);
        return v == null ? fallback : String.valueOf(v).trim();
    }

    private static long number(Map<String, ?> props, String key, long fallback, long min, long max) {
        Object v = props.get(key);
        if (v == null) {
            return fallback;
        }
        long n;
        if (v instanceof Number num) {
            n = num.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(v).trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw invalid(key, v, "a whole number from " + min + " to " + max);
            }
        }
        if (n < min || n > max) {
            throw invalid(key, v, "a whole number from " + min + " to " + max);
        }
        return n;
    }

    private static double decimal(Map<String, ?> props, String key, double fallback, double min, double max) {
        Object v = props.get(key);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = v instanceof Number num ? num.doubleValue() : Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, v, "a number from " + min + " to " + max);
        }
        if (!(d >= min && d <= max)) {
            throw invalid(key, v, "a number from " + min + " to " + max);
        }
        return d;
    }

    private static IllegalArgumentException invalid(String key, Object value, String allowed) {
        return new IllegalArgumentException("configuration " + BridgeConfig.PID + ": " + key + "=" + value
                + " is invalid; use " + allowed);
    }
}
