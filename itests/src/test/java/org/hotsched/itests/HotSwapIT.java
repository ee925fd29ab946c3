package org.hotsched.itests;

import static org.hotsched.itests.PolicyBundle.SWAPPY_1;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2;
import static org.hotsched.itests.PolicyBundle.SYMBOLIC_NAME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyEntry;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Policy versions swapped live: installed beside each other, updated in place, rolled back, chosen again
 * by {@code sched:use}, switched by configuration; each activation in the history with its trigger. Every
 * test ends with the simulator's accounting: no task lost or dispatched twice across all those swaps.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class HotSwapIT extends HotSwapTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    @Test
    public void installingAPolicyBundleMakesItActive() throws Exception {
        awaitActive(FIFO);
        installAndStart(SWAPPY_1);

        awaitActive(SWAPPY, "1.0.0");
        HistoryEntry swappy = lastEntry();
        assertEntry(swappy, SWAPPY, "1.0.0", INSTALLED, ACTIVE);
        assertEquals(SYMBOLIC_NAME, swappy.bundle());
        assertEquals(REPLACED, entryBefore(swappy).outcome());
        PolicyEntry listed = policy(SWAPPY, "1.0.0");
        assertTrue("sched:policies marks it active: " + listed, listed.active());
        awaitDispatches(300);
        assertTrue("swappy made decisions: " + bridge.stats().dispatchedByPolicy(),
                bridge.stats().dispatchedByPolicy().getOrDefault(SWAPPY, 0L) > 0);
        assertEveryTaskAccountedFor();
    }

    @Test
    public void aNewerVersionInstalledBesideTheOldOneTakesOverItsTasks() throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");
        awaitDispatches(300);
        long handedOverBefore = bridge.stats().tasksHandedOver();

        installAndStart(SWAPPY_2);

        awaitActive(SWAPPY, "2.0.0");
        HistoryEntry v2 = lastEntry();
        assertEntry(v2, SWAPPY, "2.0.0", UPDATED, ACTIVE);
        assertEntry(entryBefore(v2), SWAPPY, "1.0.0", INSTALLED, REPLACED);
        assertTrue("swappy 1.0.0 always holds tasks; they went to 2.0.0: " + v2, v2.tasksHandedOver() > 0);
        assertEquals("the counters include the tasks handed over", handedOverBefore + v2.tasksHandedOver(),
                bridge.stats().tasksHandedOver());
        assertTrue("sched:policies marks 2.0.0 active", policy(SWAPPY, "2.0.0").active());
        assertFalse("and lists 1.0.0 beside it", policy(SWAPPY, "1.0.0").active());
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    @Test
    public void updatingTheBundleSwapsToTheNewVersionAndRollbackReinstallsTheOldJar() throws Exception {
        Bundle bundle = installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");
        awaitDispatches(200);

        try (InputStream v2 = SWAPPY_2.open()) {
            bundle.update(v2);
        }
        awaitActive(SWAPPY, "2.0.0");
        awaitDispatches(200);
        assertOneSwapPerUpdate();

        BridgeStatus after = bridge.rollback();

        assertRolledBackTo(after, "1.0.0");
        assertEquals("the bridge reinstalled the jar of 1.0.0 into the same bundle", "1.0.0",
                bundle.getVersion().toString());
        assertEntry(lastEntry(), SWAPPY, "1.0.0", "rollback", ACTIVE);
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    @Test
    public void rollbackReturnsToThePreviousVersionUntilUseNamesThePolicyAgain() throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");
        installAndStart(SWAPPY_2);
        awaitActive(SWAPPY, "2.0.0");
        HistoryEntry v2 = lastEntry();

        BridgeStatus after = bridge.rollback();

        assertRolledBackTo(after, "1.0.0");
        assertEntry(lastEntry(), SWAPPY, "1.0.0", "rollback", ACTIVE);
        assertNotEquals("2.0.0 is no longer active", ACTIVE, entry(v2.sequence()).outcome());
        awaitDispatches(500);
        assertEquals("2.0.0 is not chosen again by itself, though it is the newest", SWAPPY + " 1.0.0",
                describe(bridge.status()));

        BridgeStatus afterUse = bridge.use(SWAPPY);

        awaitActive(SWAPPY, "2.0.0");
        assertEntry(lastEntry(), SWAPPY, "2.0.0", "sched:use", ACTIVE);
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
        assertEquals("use() returns once the release it makes active is active", SWAPPY + " 2.0.0",
                describe(afterUse));
    }

    @Test
    public void switchesByUseAndByConfigurationAreRecordedWithTheirTriggers() throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");

        bridge.use(FIFO);
        awaitActive(FIFO);
        assertEquals("sched:use", lastEntry().trigger());
        assertEquals(FIFO, lastEntry().policy());

        Configuration config = configAdmin.getConfiguration("org.hotsched.core", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("policy", SWAPPY);
        config.update(props);
        awaitActive(SWAPPY, "1.0.0");
        assertEntry(lastEntry(), SWAPPY, "1.0.0", "configuration", ACTIVE);

        List<HistoryEntry> history = history();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            assertEquals("numbered 1, 2, 3, ... oldest first: " + history, i + 1, entry.sequence());
            assertEquals("only the newest is active: " + history, i == history.size() - 1 ? ACTIVE : REPLACED,
                    entry.outcome());
            if (i > 0) {
                assertFalse("in time order: " + history, entry.at().isBefore(history.get(i - 1).at()));
            }
        }
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    private PolicyEntry policy(String name, String version) {
        return bridge.policies().stream()
                .filter(p -> p.name().equals(name) && p.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new AssertionError("sched:policies lists no " + name + " " + version + ": "
                        + bridge.policies()));
    }
}
