package org.hotsched.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.hotsched.core.PolicyFault;

/** The text of {@code sched:errors}. */
final class FaultText {

    private FaultText() {
    }

    /** One row per faulty release, the most recent fault first, times in {@code zone} as {@code sched:history}'s. */
    static String faults(PolicyFaults faults, ZoneId zone, LocalDate today) {
        if (faults.faults().isEmpty()) {
            return "no policy faults since hotsched started\n";
        }
        TextTable table = new TextTable().row("POLICY", "BUNDLE", "VERSION", "FAULTS", "LAST", "LATEST", "WHERE");
        for (PolicyFault f : faults.faults()) {
            table.row(f.policy(), f.bundle(), f.version(), Long.toString(f.count()), HistoryText.when(f.lastAt(), zone,
                    today), f.last(), f.where().isEmpty() ? "-" : f.where());
        }
        return table.render("");
    }
}
