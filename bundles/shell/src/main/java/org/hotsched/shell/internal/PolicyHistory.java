package org.hotsched.shell.internal;

import java.util.List;

import org.hotsched.core.HistoryEntry;

/** What {@code sched:history} returns: every policy activation since start, oldest first, shown as one table. */
public record PolicyHistory(List<HistoryEntry> entries) {
}
