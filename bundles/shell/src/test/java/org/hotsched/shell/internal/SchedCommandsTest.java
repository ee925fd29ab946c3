package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyEntry;
import org.hotsched.core.PolicyFault;
import org.hotsched.core.SchedulerBridge;
import org.junit.Test;

public class SchedCommandsTest {

    private final BridgeStatus status = Samples.status("");
    private String rollbackRefusal;

    private final SchedCommands commands = new SchedCommands(new SchedulerBridge() {
        @Override
        public BridgeStatus status() {
            return status;
        }

        @Override
        public List<PolicyEntry> policies() {
            return Samples.policies();
        }

        @Override
        public BridgeStatus use(String policyName) {
            if (!policyName.equals("fifo")) {
                throw new IllegalArgumentException(
                        "no policy named '" + policyName + "'; installed: fifo, builtin-fifo");
            }
            return status;
        }

        @Override
        public BridgeStats stats() {
            return status.stats();
        }

        @Override
        public List<HistoryEntry> history() {
            return Samples.history();
        }

        @Override
        public BridgeStatus rollback() {
            if (rollbackRefusal != null) {
                throw new IllegalStateException(rollbackRefusal);
            }
            return status;
        }

        @Override
        public List<String> refusedSettings(Map<String, ?> properties) {
            return List.of();
        }

        @Override
        public List<PolicyFault> faults() {
            return Samples.faults();
        }
    });

    @Test
    public void commandsReturnTheBridgesRecords() throws CommandFailure {
        assertSame(status, commands.status());
        assertEquals(new PolicyList(Samples.policies()), commands.policies());
        assertEquals(new PolicySwitch(status), commands.use("fifo"));
        assertSame(status.stats(), commands.stats());
        assertEquals(new PolicyHistory(Samples.history()), commands.history());
        assertEquals(new PolicyRollback(status), commands.rollback());
        assertEquals(new PolicyFaults(Samples.faults()), commands.errors());
    }

    @Test
    public void useOfAnUnknownPolicyFailsWithTheBridgesMessageAlone() {
        try {
            commands.use("nosuch");
            fail("expected a CommandFailure");
        } catch (CommandFailure e) {
            assertEquals("no policy named 'nosuch'; installed: fifo, builtin-fifo", e.toString());
        }
    }

    @Test
    public void aRefusedRollbackFailsWithTheFirstLineOfTheBridgesReason() {
        rollbackRefusal = "nothing to roll back to: fifo 0.1.0.SNAPSHOT is the only policy activated since start\n"
                + "\tat somewhere";
        try {
            commands.rollback();
            fail("expected a CommandFailure");
        } catch (CommandFailure e) {
            assertEquals("nothing to roll back to: fifo 0.1.0.SNAPSHOT is the only policy activated since start",
                    e.toString());
        }
    }
}
