package org.hotsched.shell.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStats.LatencySummary;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyFault;
import org.hotsched.core.PolicyEntry;

/** Bridge records as a running simulator with the fifo policy reports them. */
final class Samples {

    private Samples() {
    }

    static BridgeStats stats() {
        Map<String, Long> byPolicy = new LinkedHashMap<>();
        byPolicy.put("fifo", 1190L);
        byPolicy.put("builtin-fifo", 40L);
        return new BridgeStats(1234, 1230, byPolicy, 40, 300, 1, 3, 0,
                new LatencySummary(300, 12_345, 45_600, 80_050, 120_000),
                Map.of("safety_net", 2L), Map.of());
    }

    static BridgeStatus status(String note) {
        Map<String, String> kernel = new LinkedHashMap<>();
        kernel.put("workload", "demo");
        kernel.put("cpus", "4");
        return new BridgeStatus("sim", "backend=auto and this kernel has no sched_ext", kernel, "fifo",
                "org.hotsched.policy.fifo", "0.1.0.SNAPSHOT", "", note, stats());
    }

    static List<PolicyEntry> policies() {
        return List.of(
                new PolicyEntry("fifo", "global FIFO, a template", "org.hotsched.policy.fifo", "0.1.0.SNAPSHOT", 10,
                        true),
                new PolicyEntry("builtin-fifo", "used while no policy is installed", "org.hotsched.core",
                        "0.1.0.SNAPSHOT", 0, false));
    }

    /** A release that threw in dispatch today, one that hung yesterday. */
    static List<PolicyFault> faults() {
        return List.of(
                new PolicyFault("swappy", "org.example.swappy", "2.0.0", 70_000, Instant.parse("2026-11-25T14:03:41.900Z"),
                        "threw java.lang.IllegalStateException: boom in dispatch",
                        "org.example.Swappy.pick(Swappy.java:40) ← org.example.Swappy.dispatch(Swappy.java:31)"),
                new PolicyFault("slow", "org.example.slow", "1.0.0", 1, Instant.parse("2026-11-24T09:20:00Z"),
                        "did not return from dispatch within 1000 ms (at org.example.Slow.dispatch(Slow.java:12))", ""));
    }

    /** The start at 09:15:02 UTC on 2026-11-24, a policy installed and rolled back the next day, fifo again. */
    static List<HistoryEntry> history() {
        Map<String, String> fifoConfig = new LinkedHashMap<>();
        fifoConfig.put("slice.ns", "2000000");
        fifoConfig.put("component.name", "org.hotsched.policy.fifo.FifoPolicy");
        fifoConfig.put("service.pid", "org.hotsched.policy.fifo");
        fifoConfig.put("osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)");
        fifoConfig.put("felix.fileinstall.filename", "file:/opt/hotsched/etc/org.hotsched.policy.fifo.cfg");
        fifoConfig.put("base.ns", "100000");
        return List.of(
                new HistoryEntry(1, Instant.parse("2026-11-24T09:15:02.400Z"), "fifo", "org.hotsched.policy.fifo",
                        "0.1.0.SNAPSHOT", fifoConfig, "start", 0, 0, "replaced"),
                new HistoryEntry(2, Instant.parse("2026-11-25T14:03:41.900Z"), "swappy", "org.example.swappy",
                        "2.0.0", Map.of(), "policy installed", 8_012_400, 41, 84_250, 320_000, 7,
                        "rolled back: org.example.swappy 2.0.0 threw IllegalStateException in enqueue"),
                new HistoryEntry(3, Instant.parse("2026-11-25T14:03:42.050Z"), "fifo", "org.hotsched.policy.fifo",
                        "0.1.0.SNAPSHOT", fifoConfig, "automatic rollback", 1_250_000, 3, 61_000, HistoryEntry.NOT_MEASURED, 12,
                        "active"));
    }
}
