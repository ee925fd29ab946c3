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
@GogoCommand(scope = "sched", function = {"status", "policies", "use", "stats", "history", "rollback", "errors"})
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

    @Descriptor("makes a policy the active one and, once it is past probation, saves the choice in "
            + "etc/org.hotsched.core.cfg; fails, saving nothing, when the policy does not become active")
    public PolicySwitch use(@Descriptor("name of an installed policy, as sched:policies lists it") String name)
            throws CommandFailure {
        try {
            return new PolicySwitch(bridge.use(name));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailure(firstLine(e.getMessage()));
        }
    }

    @Descriptor("shows the counters, decision latency percentiles, and dispatches per policy")
    public BridgeStats stats() {
        return bridge.stats();
    }

    @Descriptor("lists every policy activation since start, newest last: when, which version, why, the swap gap, "
            + "tasks handed over, and how it went")
    public PolicyHistory history() {
        return new PolicyHistory(bridge.history());
    }

    @Descriptor("returns to the policy version that was active before the current one, reinstalling its jar "
            + "if its bundle has been updated since")
    public PolicyRollback rollback() throws CommandFailure {
        try {
            return new PolicyRollback(bridge.rollback());
        } catch (IllegalStateException e) {
            throw new CommandFailure(firstLine(e.getMessage()));
        }
    }

    @Descriptor("lists the policy releases that faulted since start, the most recent first: how many faults, "
            + "the latest, and where in the policy it happened")
    public PolicyFaults errors() {
        return new PolicyFaults(bridge.faults());
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "the bridge refused the rollback without saying why" : line;
    }
}
