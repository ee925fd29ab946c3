package org.hotsched.shell.internal;

import org.apache.felix.service.command.Descriptor;
import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.SchedulerBridge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code sched} commands. They return records; {@link SchedConverter} turns them into text. */
@Component(service = SchedCommands.class)
@GogoCommand(scope = "sched", function = {"status", "policies", "use", "stats"})
public final class SchedCommands {

    private final SchedulerBridge bridge;

    @Activate
    public SchedCommands(@Reference(name = "bridge") SchedulerBridge bridge) {
        this.bridge = bridge;
    }

    @Descriptor("shows the backend, the kernel state, the active and configured policy, and the counters")
    public BridgeStatus status() {
        return bridge.status();
    }

    @Descriptor("lists the installed policy services; * marks the active one")
    public PolicyList policies() {
        return new PolicyList(bridge.policies());
    }

    @Descriptor("makes a policy the active one and saves the choice in etc/org.hotsched.core.cfg")
    public PolicySwitch use(@Descriptor("name of an installed policy, as sched:policies lists it") String name)
            throws CommandFailure {
        try {
            return new PolicySwitch(bridge.use(name));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    @Descriptor("shows the counters, decision latency percentiles, and dispatches per policy")
    public BridgeStats stats() {
        return bridge.stats();
    }
}
