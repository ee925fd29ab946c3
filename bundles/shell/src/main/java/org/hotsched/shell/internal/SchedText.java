package org.hotsched.shell.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStats.LatencySummary;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.PolicyEntry;

/** Plain-text views of what the sched commands return: a full view, and a one-line view for lists. */
final class SchedText {

    private SchedText() {
    }

    static String status(BridgeStatus status) {
        TextTable table = new TextTable().row("backend", backend(status));
        String kernelLabel = "kernel";
        for (String line : keyValueLines(status.kernel())) {
            table.row(kernelLabel, line);
            kernelLabel = "";
        }
        table.row("active policy", status.activePolicy() + "  (" + status.activeBundle() + " "
                + status.activeVersion() + ")");
        table.row("configured policy", blank(status.configuredPolicy())
                ? "none: the policy with the highest service.ranking decides"
                : status.configuredPolicy());
        if (!blank(status.note())) {
            table.row("note", status.note());
        }
        BridgeStats stats = status.stats();
        table.row("counters", "queued " + stats.queued() + ", dispatched " + stats.dispatched()
                + ", batches " + stats.batches() + ", swaps " + stats.swaps()
                + ", policy errors " + stats.policyErrors());
        return table.render("");
    }

    /** The backend and why it was chosen; the bridge's reason may already begin with the backend's name. */
    private static String backend(BridgeStatus status) {
        String reason = status.backendReason();
        if (blank(reason)) {
            return status.backend();
        }
        return reason.startsWith(status.backend() + ":") ? reason : status.backend() + ": " + reason;
    }

    static String statusLine(BridgeStatus status) {
        return status.backend() + ", policy " + status.activePolicy() + ", " + status.stats().dispatched()
                + " dispatched";
    }

    static String policies(PolicyList list) {
        if (list.policies().isEmpty()) {
            return "no policies installed\n";
        }
        TextTable table = new TextTable().row("", "NAME", "RANKING", "BUNDLE", "VERSION", "DESCRIPTION");
        for (PolicyEntry entry : list.policies()) {
            table.row(entry.active() ? "*" : "", entry.name(), Integer.toString(entry.ranking()), entry.bundle(),
                    entry.version(), entry.description());
        }
        return table.render("") + "* active\n";
    }

    static String policyLine(PolicyEntry entry) {
        return entry.name() + (entry.active() ? " (active)" : "") + "  " + entry.bundle() + " " + entry.version();
    }

    static String policySwitch(PolicySwitch change) {
        BridgeStatus after = change.after();
        String text = "now using " + after.activePolicy() + "  (" + after.activeBundle() + " "
                + after.activeVersion() + ")\n";
        return blank(after.note()) ? text : text + "note: " + after.note() + "\n";
    }

    /** The policy the bridge returned to, then the status view of the bridge. */
    static String rollback(PolicyRollback rollback) {
        BridgeStatus after = rollback.after();
        return "rolled back to " + after.activePolicy() + "  (" + after.activeBundle() + " " + after.activeVersion()
                + ")\n\n" + status(after);
    }

    static String stats(BridgeStats stats) {
        StringBuilder out = new StringBuilder();
        out.append(new TextTable()
                .row("queued", Long.toString(stats.queued()))
                .row("dispatched", stats.dispatched() + (stats.dispatchedByFallback() == 0 ? ""
                        : "  (" + stats.dispatchedByFallback() + " by the built-in FIFO, while no policy was present)"))
                .row("batches", Long.toString(stats.batches()))
                .row("swaps", Long.toString(stats.swaps()))
                .row("tasks handed over", Long.toString(stats.tasksHandedOver()))
                .row("policy errors", Long.toString(stats.policyErrors()))
                .render(""));
        out.append('\n').append("decision latency  ").append(latency(stats.decisionLatency())).append('\n');
        section(out, "dispatched by policy", stats.dispatchedByPolicy());
        section(out, "backend counters", stats.backendCounters());
        section(out, "policy counters", stats.policyCounters());
        return out.toString();
    }

    static String statsLine(BridgeStats stats) {
        return "queued " + stats.queued() + ", dispatched " + stats.dispatched() + ", p99 "
                + micros(stats.decisionLatency().p99Ns()) + " µs";
    }

    private static String latency(LatencySummary latency) {
        if (latency.count() == 0) {
            return "no batches yet";
        }
        return "p50 " + micros(latency.p50Ns()) + " µs  p99 " + micros(latency.p99Ns())
                + " µs  p99.9 " + micros(latency.p999Ns()) + " µs  max " + micros(latency.maxNs())
                + " µs  (" + latency.count() + " batches)";
    }

    static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }

    private static void section(StringBuilder out, String title, Map<String, Long> counters) {
        out.append('\n').append(title).append('\n');
        if (counters == null || counters.isEmpty()) {
            out.append("  none\n");
            return;
        }
        TextTable table = new TextTable();
        new TreeMap<>(counters).forEach((name, value) -> table.row(name, String.valueOf(value)));
        out.append(table.render("  "));
    }

    /** {@code key  value} lines with the values aligned, in key order. */
    private static Iterable<String> keyValueLines(Map<String, String> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of("nothing reported");
        }
        TextTable table = new TextTable();
        new TreeMap<>(entries).forEach(table::row);
        return table.render("").lines().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
