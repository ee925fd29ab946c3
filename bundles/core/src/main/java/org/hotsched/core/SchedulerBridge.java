package org.hotsched.core;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** The running bridge, as a service: its state, the policies it can use, and the switch between them. */
@ProviderType
public interface SchedulerBridge {

    /** Backend, kernel state, active policy and counters. */
    BridgeStatus status();

    /** Every installed policy service, the active one marked. */
    List<PolicyEntry> policies();

    /**
     * Makes {@code policyName} the active policy (and remembers it in configuration), waiting until the
     * switch has happened.
     *
     * @throws IllegalArgumentException naming the policies that exist when no policy is called so
     */
    BridgeStatus use(String policyName);

    /** The counters alone. */
    BridgeStats stats();

    /** Every activation since start, oldest first: which policy, from which bundle, why, and how it went. */
    List<HistoryEntry> history();

    /**
     * Returns to the policy that was active before the current one: the same bundle version, reinstalling
     * the jar hotsched kept when that bundle has been updated since. Waits until it is active.
     *
     * @throws IllegalStateException naming why when there is nothing to return to
     */
    BridgeStatus rollback();

    /**
     * What the bridge would refuse of {@code properties}, its configuration as it would be stored: one line per
     * refused key, naming the key, its value and what is allowed; empty when every key would apply. Lets a tool
     * refuse a change before storing it, since a stored value the bridge refuses would stay in the file unused.
     */
    List<String> refusedSettings(Map<String, ?> properties);

    /** The faults of each policy release since start (at most 32 releases), the most recent first. */
    List<PolicyFault> faults();
}
