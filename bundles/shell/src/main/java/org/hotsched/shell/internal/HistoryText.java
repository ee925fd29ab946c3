package org.hotsched.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hotsched.core.HistoryEntry;

/** Plain-text views of the policy history: a table of every activation, and one line per entry for lists. */
final class HistoryText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryText() {
    }

    /**
     * One row per activation, newest last, times in {@code zone}: the time of day alone for entries of
     * {@code today}, with the date for older ones.
     */
    static String history(PolicyHistory history, ZoneId zone, LocalDate today) {
        if (history.entries().isEmpty()) {
            return "no policy activations yet\n";
        }
        TextTable table = new TextTable().row("#", "WHEN", "POLICY", "BUNDLE", "VERSION", "TRIGGER", "PREPARE µs",
                "OLD DECIDED", "GAP µs", "BLACKOUT µs", "HANDED OVER", "CONFIGURATION", "OUTCOME");
        for (HistoryEntry entry : history.entries()) {
            table.row(Long.toString(entry.sequence()), when(entry, zone, today), entry.policy(), entry.bundle(),
                    entry.version(), entry.trigger(), SchedText.micros(entry.prepareNs()),
                    Long.toString(entry.decidedWhilePreparing()), SchedText.micros(entry.swapGapNs()),
                    blackout(entry.blackoutNs()),
                    Integer.toString(entry.tasksHandedOver()), configuration(entry.configuration()), entry.outcome());
        }
        return table.render("");
    }

    /** The bound of the kernel side's bucket, as {@code ≤40.0}; {@code 0.0} when no CPU waited, {@code -} unmeasured. */
    private static String blackout(long ns) {
        return ns == HistoryEntry.NOT_MEASURED ? "-" : ns == 0 ? "0.0" : "≤" + SchedText.micros(ns);
    }

    /** {@code #3 swappy 2.0.0 (policy installed): active}. */
    static String historyLine(HistoryEntry entry) {
        return "#" + entry.sequence() + " " + entry.policy() + " " + entry.version() + " (" + entry.trigger() + "): "
                + entry.outcome();
    }

    private static String when(HistoryEntry entry, ZoneId zone, LocalDate today) {
        return when(entry.at(), zone, today);
    }

    /** The time of day alone for an instant of {@code today} in {@code zone}, with the date for an older one. */
    static String when(Instant instant, ZoneId zone, LocalDate today) {
        ZonedDateTime at = instant.atZone(zone);
        return at.toLocalDate().equals(today) ? TIME.format(at) : DATE_TIME.format(at);
    }

    /**
     * The settings as {@code key=value} pairs in key order, separated by commas; {@code -} when there are none.
     * Bookkeeping that policy services carry (the framework's {@code service.*}, DS's {@code component.*} and
     * {@code osgi.ds.*}, FileInstall's {@code felix.fileinstall.*}) is left out.
     */
    private static String configuration(Map<String, String> configuration) {
        String pairs = configuration == null ? "" : new TreeMap<>(configuration).entrySet().stream()
                .filter(e -> !bookkeeping(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return pairs.isEmpty() ? "-" : pairs;
    }

    private static boolean bookkeeping(String key) {
        return key.startsWith("service.") || key.startsWith("component.") || key.startsWith("osgi.ds.")
                || key.startsWith("felix.fileinstall.");
    }
}
