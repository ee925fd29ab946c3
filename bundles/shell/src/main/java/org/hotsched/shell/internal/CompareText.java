package org.hotsched.shell.internal;

import java.util.TreeSet;

/** Plain text for {@link CompareReport} and {@link ConfigChange}. */
final class CompareText {

    private CompareText() {
    }

    static String compare(CompareReport report) {
        StringBuilder out = new StringBuilder(report.description()).append('\n').append(report.table());
        for (String s : report.skipped()) {
            out.append("skipped: ").append(s).append('\n');
        }
        out.append("csv: ").append(report.csv()).append('\n');
        out.append("chart: ").append(report.svg()).append('\n');
        return out.toString();
    }

    static String compareLine(CompareReport report) {
        return report.description() + ": " + report.csv().getParent();
    }

    static String config(ConfigChange change) {
        if (change.before().equals(change.after())) {
            if (change.after().isEmpty()) {
                return change.pid() + ": no properties set";
            }
            TextTable table = new TextTable();
            change.after().forEach((k, v) -> table.row(k, String.valueOf(v)));
            return change.pid() + ":\n" + table.render("  ");
        }
        TextTable table = new TextTable();
        TreeSet<String> keys = new TreeSet<>(change.after().keySet());
        keys.addAll(change.before().keySet());
        for (String k : keys) {
            Object now = change.after().get(k);
            Object was = change.before().get(k);
            String note = was == null ? "(new)" : was.equals(now) ? "" : "(was " + was + ")";
            table.row(k, String.valueOf(now), note);
        }
        return change.pid() + " updated:\n" + table.render("  ");
    }

    static String configLine(ConfigChange change) {
        return change.pid() + ": " + change.after().size() + " properties";
    }

}
