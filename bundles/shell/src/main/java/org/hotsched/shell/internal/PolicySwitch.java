package org.hotsched.shell.internal;

import org.hotsched.core.BridgeStatus;

/** What {@code sched:use} returns: the bridge once the switch is done. */
public record PolicySwitch(BridgeStatus after) {
}
