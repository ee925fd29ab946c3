package org.hotsched.shell.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.felix.service.command.Descriptor;
import org.hotsched.core.SchedulerBridge;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code sched:config PID key=value ...}: sets Configuration Admin properties, so a policy changes live. A change
 * to the bridge's own configuration is first checked by the bridge: one it would refuse is not stored.
 */
@Component(service = ConfigCommands.class)
@GogoCommand(scope = "sched", function = {"config"})
public final class ConfigCommands {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Set<String> HIDDEN = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, "felix.fileinstall.filename");

    /** The PID of the bridge's own configuration (the bridge's {@code BridgeConfig.PID}). */
    static final String BRIDGE_PID = "org.hotsched.core";

    private final ConfigurationAdmin configAdmin;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchedulerBridge bridge;

    @Activate
    public ConfigCommands(@Reference(name = "configAdmin") ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    @Descriptor("sets configuration properties of PID (e.g. org.hotsched.policy.fair slice.ns=2000000); "
            + "whole numbers become longs, true/false booleans; with no key=value, shows the current ones")
    public ConfigChange config(@Descriptor("configuration PID, e.g. org.hotsched.policy.fifo") String pid,
                               @Descriptor("key=value settings") String... settings) throws CommandFailure {
        if (pid == null || !NAME.matcher(pid).matches()) {
            throw new CommandFailure("sched:config: '" + pid + "' is not a PID; use letters, digits, '.', '_' or '-'");
        }
        Map<String, Object> changes = parse(pid, settings == null ? new String[0] : settings);
        try {
            Configuration configuration = configAdmin.getConfiguration(pid, "?");
            Map<String, Object> before = visible(configuration.getProperties());
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                Object old = before.get(e.getKey());
                if (old instanceof Number && !(e.getValue() instanceof Long)) {
                    throw new CommandFailure("sched:config " + pid + ": " + e.getKey() + "=" + e.getValue()
                            + " is not a whole number (now " + old + ")");
                }
            }
            if (changes.isEmpty()) {
                return new ConfigChange(pid, before, before);
            }
            refuseWhatTheBridgeWould(pid, before, changes);
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                properties.put(e.getKey(), e.getValue());
            }
            configuration.update(properties);
            return new ConfigChange(pid, before, visible(properties));
        } catch (IOException | IllegalStateException e) {
            throw new CommandFailure("sched:config " + pid + ": Configuration Admin refused the update: "
                    + e.getMessage());
        }
    }

    /** For the bridge's configuration: fails, storing nothing, when the bridge would refuse a key of the result. */
    private void refuseWhatTheBridgeWould(String pid, Map<String, Object> before, Map<String, Object> changes)
            throws CommandFailure {
        SchedulerBridge b = bridge;
        if (!pid.equals(BRIDGE_PID) || b == null) {
            return;
        }
        Map<String, Object> after = new TreeMap<>(before);
        after.putAll(changes);
        List<String> refused = b.refusedSettings(after);
        if (!refused.isEmpty()) {
            throw new CommandFailure("sched:config " + pid + ": " + String.join("; ", refused) + "; nothing was stored");
        }
    }

    /** For tests: the bridge that checks changes to its configuration. */
    void bridge(SchedulerBridge b) {
        bridge = b;
    }

    static Map<String, Object> parse(String pid, String[] settings) throws CommandFailure {
        Map<String, Object> out = new TreeMap<>();
        for (String setting : settings) {
            int eq = setting == null ? -1 : setting.indexOf('=');
            if (eq <= 0) {
                throw new CommandFailure("sched:config " + pid + ": '" + setting + "' is not key=value");
            }
            String key = setting.substring(0, eq).strip();
            String value = setting.substring(eq + 1).strip();
            if (!NAME.matcher(key).matches() || HIDDEN.contains(key)) {
                throw new CommandFailure("sched:config " + pid + ": '" + key + "' is not a key that can be set");
            }
            if (WHOLE.matcher(value).matches()) {
                out.put(key, Long.parseLong(value));
            } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                out.put(key, Boolean.parseBoolean(value));
            } else {
                out.put(key, value);
            }
        }
        return out;
    }

    private static Map<String, Object> visible(Dictionary<String, Object> properties) {
        Map<String, Object> out = new TreeMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                if (!HIDDEN.contains(key)) {
                    out.put(key, properties.get(key));
                }
            }
        }
        return out;
    }
}
