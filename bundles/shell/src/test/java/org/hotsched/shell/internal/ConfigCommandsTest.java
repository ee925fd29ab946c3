package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Converter;
import org.hotsched.core.SchedulerBridge;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.junit.Test;

public class ConfigCommandsTest {

    private Hashtable<String, Object> stored;
    private String askedPid;

    private final ConfigCommands commands = new ConfigCommands((ConfigurationAdmin) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ConfigurationAdmin.class}, (p, m, args) -> {
                if (!m.getName().equals("getConfiguration")) {
                    throw new UnsupportedOperationException(m.getName());
                }
                askedPid = (String) args[0];
                return configuration();
            }));

    @SuppressWarnings("unchecked")
    private Configuration configuration() {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (p, m, args) -> switch (m.getName()) {
                    case "getProperties" -> stored == null ? null : new Hashtable<>(stored);
                    case "update" -> {
                        stored = new Hashtable<>();
                        Dictionary<String, Object> d = (Dictionary<String, Object>) args[0];
                        for (var keys = d.keys(); keys.hasMoreElements(); ) {
                            String k = keys.nextElement();
                            stored.put(k, d.get(k));
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    public void setsTypedProperties() throws CommandFailure {
        ConfigChange change = commands.config("org.hotsched.policy.fair", "slice.ns=2000000", "verbose=true",
                "name=x y");
        assertEquals("org.hotsched.policy.fair", askedPid);
        assertEquals(2_000_000L, stored.get("slice.ns"));
        assertEquals(Boolean.TRUE, stored.get("verbose"));
        assertEquals("x y", stored.get("name"));
        assertEquals(Map.of(), change.before());
        String text = new SchedConverter().format(change, Converter.INSPECT, null).toString();
        assertTrue(text, text.startsWith("org.hotsched.policy.fair updated:"));
        assertTrue(text, text.contains("slice.ns  2000000  (new)"));
    }

    @Test
    public void showsChangeFromPreviousValue() throws CommandFailure {
        stored = new Hashtable<>(Map.of("slice.ns", 5_000_000L, "service.pid", "org.hotsched.policy.fifo"));
        ConfigChange change = commands.config("org.hotsched.policy.fifo", "slice.ns=3000000");
        assertEquals(Map.of("slice.ns", 3_000_000L), change.after());
        String text = new SchedConverter().format(change, Converter.INSPECT, null).toString();
        assertTrue(text, text.contains("(was 5000000)"));
        assertEquals("org.hotsched.policy.fifo:\n  slice.ns  3000000",
                new SchedConverter().format(commands.config("org.hotsched.policy.fifo"), Converter.INSPECT, null)
                        .toString());
    }

    @Test
    public void badInputFailsInOneLineNamingPidAndKey() {
        expectFailure("sched:config org.hotsched.policy.fair: 'slice.ns' is not key=value",
                "org.hotsched.policy.fair", "slice.ns");
        expectFailure("sched:config org.hotsched.policy.fair: '=5' is not key=value", "org.hotsched.policy.fair", "=5");
        expectFailure("sched:config org.hotsched.policy.fair: 'service.pid' is not a key that can be set",
                "org.hotsched.policy.fair", "service.pid=x");
        expectFailure("sched:config: 'a b' is not a PID; use letters, digits, '.', '_' or '-'", "a b", "k=1");
        stored = new Hashtable<>(Map.of("slice.ns", 5_000_000L));
        expectFailure("sched:config org.hotsched.policy.fair: slice.ns=fast is not a whole number (now 5000000)",
                "org.hotsched.policy.fair", "slice.ns=fast");
        assertEquals(5_000_000L, stored.get("slice.ns"));
    }

    /** The bridge sees its configuration as it would be stored, and a refusal stores nothing; other PIDs it never sees. */
    @Test
    public void aChangeTheBridgeWouldRefuseIsNotStored() throws CommandFailure {
        Map<String, Object> seen = new java.util.TreeMap<>();
        commands.bridge((SchedulerBridge) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SchedulerBridge.class}, (p, m, args) -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> properties = (Map<String, Object>) args[0];
                    seen.clear();
                    seen.putAll(properties);
                    return Long.valueOf(1).equals(properties.get("slice.ns"))
                            ? List.of("slice.ns=1 is invalid; use 1000 or more") : List.of();
                }));
        stored = new Hashtable<>(Map.of("probation.ms", 5_000L));
        expectFailure("sched:config org.hotsched.core: slice.ns=1 is invalid; use 1000 or more; nothing was stored",
                "org.hotsched.core", "slice.ns=1", "policy=fair");
        assertEquals(Map.of("probation.ms", 5_000L, "slice.ns", 1L, "policy", "fair"), seen);
        assertEquals(Map.of("probation.ms", 5_000L), stored);
        commands.config("org.hotsched.core", "slice.ns=2000");
        assertEquals(2_000L, stored.get("slice.ns"));
        seen.clear();
        commands.config("org.hotsched.policy.fair", "slice.ns=1");
        assertEquals("a policy's PID is not the bridge's to check", Map.of(), seen);
    }

    private void expectFailure(String message, String pid, String... settings) {
        try {
            commands.config(pid, settings);
            fail("expected a CommandFailure");
        } catch (CommandFailure e) {
            assertEquals(message, e.toString());
        }
    }
}
