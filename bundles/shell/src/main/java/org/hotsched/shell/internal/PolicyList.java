package org.hotsched.shell.internal;

import java.util.List;

import org.hotsched.core.PolicyEntry;

/** What {@code sched:policies} returns: the installed policies, formatted together as one table. */
public record PolicyList(List<PolicyEntry> policies) {
}
