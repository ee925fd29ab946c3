package org.hotsched.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStats.LatencySummary;
import org.hotsched.core.BridgeStatus;
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
}
