package org.hotsched.core.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The policy hotsched starts with next time, {@code policy=} in the bridge's configuration: written into the
 * {@code .cfg} file the configuration came from (FileInstall reads it back), or else into ConfigAdmin. Writing it
 * causes a configuration event, which the bridge must tell apart from a user's change ({@link #isEcho}).
 * Thread-safe.
 */
final class SavedChoice {

    private static final Logger LOG = System.getLogger("org.hotsched.core");

    private final ConfigurationAdmin configAdmin;
    /** The policy name last written, until the configuration event it causes. */
    private volatile String saved;
    /** Whether sched:use has chosen a policy, in memory, since the last write. */
    private volatile boolean chosenSince;

    SavedChoice(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    /** Saves {@code policyName}; returns whether a configuration event will follow. */
    boolean save(String policyName) {
        saved = policyName;
        chosenSince = false;
        boolean event = write(policyName);
        if (!event) {
            saved = null;
        }
        return event;
    }

    /** {@code sched:use} chose a policy in memory; it is saved later, once proven. */
    void chosenInMemory() {
        chosenSince = true;
    }

    /**
     * Whether a configuration event naming {@code policy} is only the echo of the last {@link #save}, arriving
     * after a newer {@code sched:use}: then it is not a user's change. Consumes the expected echo.
     */
    boolean isEcho(String policy) {
        String echo = saved;
        saved = null;
        return policy.equals(echo) && chosenSince;
    }

    private boolean write(String policyName) {
        try {
            Configuration config = configAdmin.getConfiguration(BridgeConfig.PID, "?");
            Dictionary<String, Object> props = config.getProperties();
            if (props == null) {
                props = new Hashtable<>();
            }
            Path file = CfgFileLine.fileOf(props.get("felix.fileinstall.filename"));
            if (file != null && Files.isRegularFile(file)) {
                return CfgFileLine.set(file, "policy", policyName);
            }
            props.put("policy", policyName);
            return config.updateIfDifferent(props);
        } catch (IOException | RuntimeException e) {
            // e.g. ReadOnlyConfigurationException when FileInstall's .cfg file cannot be written
            LOG.log(Level.WARNING, "hotsched: could not save policy=" + policyName + " to configuration (" + e
                    + "); the choice holds until hotsched restarts");
            return false;
        }
    }
}
