package org.hotsched.core.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * An update of the active policy's bundle in place (Gogo {@code update}, a jar copied over the deployed one, a
 * refresh): OSGi stops a bundle before it replaces it, so the old version's service leaves before the new one's
 * arrives. Meanwhile the built-in FIFO decides, an interim swap that is not in the history; the new version's
 * arrival is the update's one swap, triggered {@code updated FROM → TO}. A bundle that does not come back within
 * {@link #GRACE_MS} was stopped after all. Thread-safe.
 */
final class PolicyUpdates {

    /** How long the built-in FIFO stands in for a bundle being updated before its leaving counts as a stop. */
    static final long GRACE_MS = 10_000;

    private PolicyHandle leaving;
    private long sinceNs;

    /**
     * Whether {@code bundle}, whose service is leaving, is restarting (updated or refreshed) rather than stopped
     * or uninstalled: those record that the bundle is no longer to be started; an update's stop does not. The
     * framework's own stop does not either, and is excluded.
     */
    static boolean isRestarting(Bundle bundle, Bundle framework) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        return bundle.getState() == Bundle.STOPPING && framework.getState() == Bundle.ACTIVE
                && startLevel != null && startLevel.isPersistentlyStarted();
    }

    /** The active policy {@code from} leaves while its bundle restarts. */
    synchronized void begin(PolicyHandle from) {
        leaving = from;
        sinceNs = System.nanoTime();
    }

    /** Whether an update of {@code bundleId} is waiting for its new version. */
    synchronized boolean waitsFor(long bundleId) {
        return leaving != null && leaving.bundleId() == bundleId;
    }

    synchronized boolean pending() {
        return leaving != null;
    }

    /** The new version of an updated bundle arrived: the release it replaces, and how long the update took. */
    record Arrival(PolicyHandle replaced, long tookMs) {
    }

    /**
     * Ends the pending update when {@code arriving} is its new version (same bundle and policy name), and says
     * what it replaced; else null.
     */
    synchronized Arrival arrived(PolicyHandle arriving) {
        if (leaving == null || leaving.bundleId() != arriving.bundleId() || !leaving.name().equals(arriving.name())) {
            return null;
        }
        Arrival arrival = new Arrival(leaving, (System.nanoTime() - sinceNs) / 1_000_000);
        leaving = null;
        return arrival;
    }

    /** Ends the update that began with {@code from} if it still waits; returns whether it did. */
    synchronized boolean expire(PolicyHandle from) {
        if (leaving != from) {
            return false;
        }
        leaving = null;
        return true;
    }

    /** The trigger of the swap from {@code from} to {@code to}, one release of a policy to another of it. */
    static String trigger(PolicyHandle from, PolicyHandle to) {
        return from.version().equals(to.version()) ? "restarted " + to.version()
                : "updated " + from.version() + " → " + to.version();
    }
}
