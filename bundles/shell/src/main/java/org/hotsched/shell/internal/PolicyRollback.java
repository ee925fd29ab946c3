package org.hotsched.shell.internal;

import org.hotsched.core.BridgeStatus;

/** What {@code sched:rollback} returns: the bridge once the previous policy version is active again. */
public record PolicyRollback(BridgeStatus after) {
}
