package org.hotsched.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hotsched.api.CpuTopology;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.Workloads;

/** Chooses and opens the backend the configuration asks for, and says why in one line. */
final class BackendFactory {

    static final Path SCHED_EXT = Path.of("/sys/kernel/sched_ext");

    /** The opened backend and the reason it was chosen. */
    record Choice(SchedulerBackend backend, String reason) {
    }

    private BackendFactory() {
    }

    static Choice open(BridgeSettings settings) {
        return switch (settings.backend()) {
            case "sim" -> new Choice(sim(settings), "sim: chosen by configuration (backend=sim)");
            case "bpf" -> new Choice(sim(settings), "sim: backend=bpf was asked for, but this build of hotsched has "
                    + "no sched_ext backend yet; set backend=auto or backend=sim in etc/" + BridgeConfig.PID + ".cfg");
            default -> new Choice(sim(settings), autoReason());
        };
    }

    private static String autoReason() {
        if (!Files.isDirectory(SCHED_EXT)) {
            return "sim: this kernel has no sched_ext (" + SCHED_EXT + " is missing)";
        }
        return "sim: the kernel has sched_ext, but this build of hotsched has no sched_ext backend yet";
    }

    private static SimBackend sim(BridgeSettings settings) {
        CpuTopology topology = CpuTopology.uniform(settings.simCpus(), 1);
        SimConfig config = SimConfig.builder()
                .topology(topology)
                .workload(Workloads.named(settings.simWorkload()))
                .seed(settings.simSeed())
                .defaultSliceNs(settings.sliceNs())
                .build();
        return new SimBackend(config, settings.simSpeed());
    }
}
