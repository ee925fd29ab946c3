package org.hotsched.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.hotsched.core.BridgeStats;
import org.hotsched.core.SchedulerBridge;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Boots Felix with SCR, ConfigAdmin and the hotsched bundles, and offers the checks the ITs share. */
public abstract class HotschedTestSupport {

    static final String FIFO_BUNDLE = "org.hotsched.policy.fifo";

    @Inject
    protected BundleContext context;

    @Inject
    protected SchedulerBridge bridge;

    @Configuration
    public Option[] config() {
        return options(
                junitBundles(),
                cleanCaches(),
                systemProperty("org.ops4j.pax.url.mvn.localRepository")
                        .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
                mavenBundle("org.osgi", "org.osgi.util.function", "1.2.0"),
                mavenBundle("org.osgi", "org.osgi.util.promise", "1.3.0"),
                mavenBundle("org.osgi", "org.osgi.service.component", "1.5.1"),
                mavenBundle("org.apache.felix", "org.apache.felix.scr", System.getProperty("felix.scr.version")),
                mavenBundle("org.apache.felix", "org.apache.felix.configadmin",
                        System.getProperty("felix.configadmin.version")),
                ours("hotsched-api"),
                ours("hotsched-sim"),
                ours("hotsched-libbpf"),
                ours("hotsched-core"),
                ours("hotsched-policy-fifo"));
    }

    /** One of our bundles, as the build copied it to {@code target/bundles}. */
    protected static Option ours(String artifact) {
        File jar = new File(System.getProperty("hotsched.bundles"), artifact + ".jar");
        return bundle(jar.toURI().toString());
    }

    protected Bundle installed(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " is not installed");
    }

    /** Waits up to {@code timeoutMs} for {@code condition}, failing with {@code what} otherwise. */
    protected static void await(String what, long timeoutMs, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + timeoutMs + " ms waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what);
            }
        }
    }

    protected void awaitActive(String policy) {
        await("policy " + policy + " active (now " + bridge.status().activePolicy() + ")", 10_000,
                () -> policy.equals(bridge.status().activePolicy()));
    }

    /** Waits until the bridge dispatched {@code more} decisions beyond what it had. */
    protected void awaitDispatches(long more) {
        long start = bridge.stats().dispatched();
        await(more + " more dispatches", 10_000, () -> bridge.stats().dispatched() >= start + more);
    }

    /** Asserts the simulator's accounting: every enqueue dispatched exactly once, or still waiting. */
    protected void assertEveryTaskAccountedFor() {
        BridgeStats stats = bridge.stats();
        Map<String, Long> sim = stats.backendCounters();
        long enqueued = sim.get("enqueuedToUser");
        long byUser = sim.get("dispatchedByUser");
        long byStall = sim.get("dispatchedByFallback");
        long outstanding = sim.get("outstanding");
        String detail = "simulator accounting " + sim;
        if (enqueued != byUser + byStall + outstanding) {
            fail("an enqueue was lost or dispatched twice: " + detail);
        }
        if (sim.get("duplicates") != 0) {
            fail("a task was dispatched twice: " + detail);
        }
    }
}
