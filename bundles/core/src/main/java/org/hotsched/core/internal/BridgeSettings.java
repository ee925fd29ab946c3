package org.hotsched.core.internal;

import java.util.Locale;
import java.util.Map;

import org.hotsched.sim.Workloads;

/**
 * The bridge's configuration, checked. {@link #parse} turns raw ConfigAdmin properties (strings from a
 * {@code .cfg} file, or typed values) into settings, or throws one line naming the key, the bad value and
 * what is allowed.
 */
record BridgeSettings(String policy, String backend, long sliceNs, long stallBudgetNs, long probationMs,
                      long probationLatencyNs, int warmUpRounds, int handOverChunk, long policyTimeoutMs, int simCpus,
                      String simWorkload, long simSeed, double simSpeed) {

    static final BridgeSettings DEFAULTS = new BridgeSettings("", "auto", 5_000_000L, 50_000_000L, 5_000L,
            50_000_000L, 100, 32, 1_000L, 4, "demo", 42L, 1.0);

    static BridgeSettings parse(Map<String, ?> props) {
        String policy = text(props, "policy", DEFAULTS.policy);
        if (!policy.isEmpty() && !policy.matches("[A-Za-z0-9_-]+")) {
            throw invalid("policy", policy, "a policy name (letters, digits, '-', '_') or empty");
        }
        String backend = text(props, "backend", DEFAULTS.backend).toLowerCase(Locale.ROOT);
        if (!backend.equals("auto") && !backend.equals("sim") && !backend.equals("bpf")) {
            throw invalid("backend", backend, "auto, sim or bpf");
        }
        long sliceNs = number(props, "slice.ns", DEFAULTS.sliceNs, 1_000L, 1_000_000_000L);
        long stallNs = number(props, "stall.budget.ns", DEFAULTS.stallBudgetNs, 1_000_000L, 5_000_000_000L);
        long probationMs = number(props, "probation.ms", DEFAULTS.probationMs, 0, 600_000L);
        long latencyNs = number(props, "probation.latency.ns", DEFAULTS.probationLatencyNs, 10_000L, 10_000_000_000L);
        int warmUp = (int) number(props, "swap.warmup.rounds", DEFAULTS.warmUpRounds, 0, 100_000);
        int chunk = (int) number(props, "swap.handover.chunk", DEFAULTS.handOverChunk, 1, 1_000_000);
        long timeoutMs = number(props, "policy.timeout.ms", DEFAULTS.policyTimeoutMs, 10L, 60_000L);
        int simCpus = (int) number(props, "sim.cpus", DEFAULTS.simCpus, 1, 1024);
        String workload = text(props, "sim.workload", DEFAULTS.simWorkload);
        if (!Workloads.NAMES.contains(workload)) {
            throw invalid("sim.workload", workload, "one of " + String.join(", ", Workloads.NAMES));
        }
        long seed = number(props, "sim.seed", DEFAULTS.simSeed, Long.MIN_VALUE, Long.MAX_VALUE);
        double speed = decimal(props, "sim.speed", DEFAULTS.simSpeed, 0.001, 1000.0);
        return new BridgeSettings(policy, backend, sliceNs, stallNs, probationMs, latencyNs, warmUp, chunk, timeoutMs,
                simCpus, workload, seed, speed);
    }

    /** Whether the settings read when the bridge starts differ (all but {@code policy}). */
    boolean backendSettingsDiffer(BridgeSettings other) {
        return !withPolicy("").equals(other.withPolicy(""));
    }

    BridgeSettings withPolicy(String name) {
        return new BridgeSettings(name, backend, sliceNs, stallBudgetNs, probationMs, probationLatencyNs, warmUpRounds,
                handOverChunk, policyTimeoutMs, simCpus, simWorkload, simSeed, simSpeed);
    }

    /** How the dispatch thread carries out and judges a swap. */
    DispatchLoop.SwapSettings swap() {
        return new DispatchLoop.SwapSettings(sliceNs, warmUpRounds, probationMs * 1_000_000L, probationLatencyNs,
                handOverChunk, policyTimeoutMs * 1_000_000L);
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
