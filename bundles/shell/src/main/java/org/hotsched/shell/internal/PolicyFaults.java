package org.hotsched.shell.internal;

import java.util.List;

import org.hotsched.core.PolicyFault;

/** What {@code sched:errors} returns: the faulty policy releases, the most recent first, shown as one table. */
public record PolicyFaults(List<PolicyFault> faults) {
}
