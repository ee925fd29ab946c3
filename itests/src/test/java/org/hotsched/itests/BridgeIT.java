package org.hotsched.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.inject.Inject;

import org.hotsched.core.BridgeStats;
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

/** The walking skeleton in a real Felix: policies come and go, tasks keep flowing, none is lost. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class BridgeIT extends HotschedTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    @Test
    public void fifoPolicyIsActiveAndTasksFlow() {
        awaitActive("fifo");
        awaitDispatches(500);
        BridgeStats stats = bridge.stats();
        assertTrue("fifo made decisions: " + stats.dispatchedByPolicy(),
                stats.dispatchedByPolicy().getOrDefault("fifo", 0L) > 0);
        assertTrue("batches counted", stats.batches() > 0);
        assertTrue("decision latency recorded", stats.decisionLatency().count() > 0);
        assertEquals("sim", bridge.status().backend());
        assertEveryTaskAccountedFor();
    }

    @Test
    public void stoppingThePolicyBundleFallsBackToBuiltinFifoWithoutLosingTasks() throws Exception {
        awaitActive("fifo");
        awaitDispatches(200);
        Bundle fifo = installed(FIFO_BUNDLE);

        fifo.stop();
        awaitActive("builtin-fifo");
        assertEquals("a bundle stopped, not updated, is left at once: the built-in FIFO is its successor in the history",
                "builtin-fifo policy left", lastActivation());
        long fallbackBefore = bridge.stats().dispatchedByFallback();
        awaitDispatches(500);
        assertTrue("the built-in FIFO keeps scheduling",
                bridge.stats().dispatchedByFallback() > fallbackBefore);
        assertEveryTaskAccountedFor();

        fifo.start();
        awaitActive("fifo");
        awaitDispatches(200);
        assertEveryTaskAccountedFor();
        assertTrue("two swaps at least", bridge.stats().swaps() >= 2);
    }

    private String lastActivation() {
        HistoryEntry last = bridge.history().getLast();
        return last.policy() + " " + last.trigger();
    }

    @Test
    public void configurationSwitchesThePolicy() throws Exception {
        awaitActive("fifo");
        configure("policy", "builtin-fifo");
        awaitActive("builtin-fifo");
        awaitDispatches(200);

        configure("policy", "fifo");
        awaitActive("fifo");
        awaitDispatches(200);
        assertEveryTaskAccountedFor();
    }

    @Test
    public void aBadConfigurationValueIsRefusedAloneAndTheOtherKeysApply() throws Exception {
        awaitActive("fifo");
        configure("policy", "builtin-fifo", "slice.ns", "not-a-number");
        awaitActive("builtin-fifo");
        awaitDispatches(100);
        assertEveryTaskAccountedFor();
    }

    /** A deleted (or emptied, or truncated) configuration changes nothing live: the policy chosen stays. */
    @Test
    public void aDeletedConfigurationChangesNothingLive() throws Exception {
        awaitActive("fifo");
        Configuration config = configure("policy", "builtin-fifo");
        awaitActive("builtin-fifo");
        long swaps = bridge.stats().swaps();

        config.delete();
        Thread.sleep(1_000);
        assertEquals("not the ranking's choice", "builtin-fifo", bridge.status().activePolicy());
        assertEquals("no swap, no restart of the bridge", swaps, bridge.stats().swaps());
        awaitDispatches(100);
        assertEveryTaskAccountedFor();
    }

    @Test
    public void aConfiguredPolicyThatIsMissingFallsBackToTheHighestRanking() throws Exception {
        configure("policy", "nosuch");
        await("note about the missing policy", 10_000, () -> bridge.status().note().contains("nosuch"));
        assertEquals("fifo", bridge.status().activePolicy());
    }

    @Test
    public void useNamesThePoliciesThatExist() {
        awaitActive("fifo");
        try {
            bridge.use("nosuch");
            fail("use(nosuch) must fail");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("fifo") && e.getMessage().contains("builtin-fifo"));
        }
        assertEquals("builtin-fifo", bridge.use("builtin-fifo").activePolicy());
        PolicyEntry fifo = bridge.policies().stream().filter(p -> p.name().equals("fifo")).findFirst().orElseThrow();
        assertEquals(FIFO_BUNDLE, fifo.bundle());
        assertTrue(!fifo.active());
        assertEquals("fifo", bridge.use("fifo").activePolicy());
    }

    /** Sets the bridge's configuration to these keys and values, as a {@code .cfg} file would. */
    private Configuration configure(String... keysAndValues) throws IOException {
        Configuration config = configAdmin.getConfiguration("org.hotsched.core", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        config.update(props);
        return config;
    }
}
