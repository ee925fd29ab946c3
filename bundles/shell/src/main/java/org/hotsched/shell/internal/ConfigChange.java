package org.hotsched.shell.internal;

import java.util.Map;

/**
 * What {@code sched:config} returns.
 *
 * @param pid the configuration's PID
 * @param before the properties before the change (service.pid and the like left out), empty if there were none
 * @param after the properties now
 */
public record ConfigChange(String pid, Map<String, Object> before, Map<String, Object> after) {

    public ConfigChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
