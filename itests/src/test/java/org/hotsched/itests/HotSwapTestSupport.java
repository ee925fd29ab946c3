package org.hotsched.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.itests.policy.SwappyPolicy;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Adds to {@link HotschedTestSupport} what the hot-swap tests need: the {@link PolicyBundle}s, built before
 * Felix starts; Felix FileInstall watching an empty {@code deploy} folder, as in the distribution; and
 * waits on and checks of the bridge's history.
 */
public abstract class HotSwapTestSupport extends HotschedTestSupport {

    /** Pax Exam on 2 busy cores: a swap, a probation or a FileInstall poll may take a while. */
    static final long SWAP_TIMEOUT_MS = 30_000;
    static final String SWAPPY = SwappyPolicy.NAME;
    static final String FIFO = "fifo";
    static final String INSTALLED = "policy installed";
    static final String UPDATED = "updated 1.0.0 → 2.0.0";
    static final String ACTIVE = "active";
    static final String REPLACED = "replaced";
    static final String ROLLED_BACK = "rolled back: ";
    static final String REFUSED = "refused: ";
    private static final String DEPLOY_FOLDER_PROPERTY = "felix.fileinstall.dir";

    @Override
    @Configuration
    public Option[] config() {
        PolicyBundleBuilder.writeAll();
        String deploy = emptyDeployFolder().toString();
        return OptionUtils.combine(super.config(),
                systemProperty(PolicyBundle.FOLDER_PROPERTY).value(System.getProperty(PolicyBundle.FOLDER_PROPERTY)),
                systemProperty(DEPLOY_FOLDER_PROPERTY).value(deploy),
                systemProperty("felix.fileinstall.poll").value("200"),
                systemProperty("felix.fileinstall.noInitialDelay").value("true"),
                // As the distribution runs it (conf/config.properties).
                systemProperty("felix.fileinstall.disableNio2").value("true"),
                systemProperty("felix.fileinstall.subdir.mode").value("skip"),
                mavenBundle("org.apache.felix", "org.apache.felix.fileinstall",
                        System.getProperty("felix.fileinstall.version")));
    }

    /** One folder for all tests of a class (Pax Exam reads the configuration once): emptied before and after each. */
    private static Path emptyDeployFolder() {
        Path deploy = Path.of(System.getProperty("hotsched.deploy"));
        try {
            Files.createDirectories(deploy);
            emptyFolder(deploy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the deploy folder " + deploy, e);
        }
        return deploy;
    }

    static void emptyFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /** The folder FileInstall watches. */
    protected Path deployFolder() {
        return Path.of(context.getProperty(DEPLOY_FOLDER_PROPERTY));
    }

    protected Bundle installAndStart(PolicyBundle policy) throws IOException, BundleException {
        try (InputStream in = policy.open()) {
            Bundle bundle = context.installBundle(policy.location(), in);
            bundle.start();
            return bundle;
        }
    }

    protected BridgeStatus awaitActive(String policy, String version) {
        await(policy + " " + version + " active (now " + describe(bridge.status()) + ")", SWAP_TIMEOUT_MS,
                () -> (policy + " " + version).equals(describe(bridge.status())));
        return bridge.status();
    }

    /** {@code swappy 1.0.0}: the active policy and its bundle's version. */
    protected static String describe(BridgeStatus status) {
        return status.activePolicy() + " " + status.activeVersion();
    }

    protected List<HistoryEntry> history() {
        return bridge.history();
    }

    protected HistoryEntry lastEntry() {
        List<HistoryEntry> history = history();
        if (history.isEmpty()) {
            fail("the history is empty: the bridge has recorded no activation");
        }
        return history.getLast();
    }

    /** Waits until an entry matches and returns the newest that does. */
    protected HistoryEntry awaitEntry(String what, Predicate<HistoryEntry> matching) {
        await(what + " in the history " + history(), SWAP_TIMEOUT_MS,
                () -> history().stream().anyMatch(matching));
        return history().reversed().stream().filter(matching).findFirst().orElseThrow();
    }

    protected HistoryEntry entry(long sequence) {
        return history().stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow(() -> new AssertionError("no history entry #" + sequence + " in " + history()));
    }

    /** The entry just before {@code entry}. */
    protected HistoryEntry entryBefore(HistoryEntry entry) {
        return entry(entry.sequence() - 1);
    }

    /**
     * Asserts that updating swappy 1.0.0 in place was one swap: 2.0.0's activation follows 1.0.0's directly, with no
     * policy standing in between (the built-in FIFO that decided while the bundle restarted is not an activation),
     * and the restarts the framework may add (a refresh) made no second entry.
     */
    protected void assertOneSwapPerUpdate() {
        HistoryEntry v2 = lastEntry();
        assertEntry(v2, SWAPPY, "2.0.0", UPDATED, ACTIVE);
        assertEntry(entryBefore(v2), SWAPPY, "1.0.0", INSTALLED, REPLACED);
    }

    /** Asserts what an entry says: which policy and version, why it was activated, and how it went. */
    protected static void assertEntry(HistoryEntry entry, String policy, String version, String trigger, String outcome) {
        String detail = "history entry " + entry;
        assertEquals(detail, policy, entry.policy());
        assertEquals(detail, version, entry.version());
        assertEquals(detail, trigger, entry.trigger());
        assertEquals(detail, outcome, entry.outcome());
    }

    /**
     * {@code rollback()} returned with that release of swappy active: after an update of the bundle in place,
     * the release before the update, not the policy that decided while the bundle was being updated.
     */
    protected void assertRolledBackTo(BridgeStatus after, String version) {
        assertEquals("rollback() returns with the previous release of swappy active; history " + history(),
                SWAPPY + " " + version, describe(after));
    }
}
