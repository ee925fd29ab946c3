package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import org.hotsched.api.CpuTopology;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.Workloads;

/**
 * Chooses and opens the backend the configuration asks for, and says why in one line. Where sched_ext
 * cannot be had, the simulator takes over, so hotsched always schedules something.
 */
final class BackendFactory {

    private static final Logger LOG = System.getLogger("org.hotsched.core");

    /** The opened backend and the reason it was chosen. */
    record Choice(SchedulerBackend backend, String reason) {
    }

    private BackendFactory() {
    }

    static Choice open(BridgeSettings settings) {
        return switch (settings.backend()) {
            case "sim" -> new Choice(sim(settings), "sim: chosen by configuration (backend=sim)");
            case "bpf" -> bpfOrSim(settings, "backend=bpf");
            default -> {
                Optional<String> missing = BpfPrerequisites.missing();
                yield missing.isPresent()
                        ? new Choice(sim(settings), "sim: " + missing.get())
                        : bpfOrSim(settings, "backend=auto");
            }
        };
    }

    private static Choice bpfOrSim(BridgeSettings settings, String asked) {
        try {
            ReattachingBackend backend = new ReattachingBackend(BpfBackend.open(settings), () -> BpfBackend.open(settings));
            return new Choice(backend, "bpf: sched_ext scheduler attached (" + asked + ")");
        } catch (BpfLoadException e) {
            LOG.log(Level.ERROR, "hotsched: sched_ext backend unavailable: " + e.getMessage()
                    + "; scheduling the simulated kernel instead");
            return new Choice(sim(settings), "sim: " + asked + ", but " + e.getMessage());
        }
    }

    private static SimBackend sim(BridgeSettings settings) {
        CpuTopology topology = CpuTopology.uniform(settings.simCpus(), 1);
        SimConfig config = SimConfig.builder()
                .topology(topology)
                .workload(Workloads.named(settings.simWorkload()))
                .seed(settings.simSeed())
                .defaultSliceNs(settings.sliceNs())
                .stallBudgetNs(settings.stallBudgetNs())
                .build();
        return new SimBackend(config, settings.simSpeed());
    }
}
