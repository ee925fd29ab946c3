package org.hotsched.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.felix.service.command.Converter;
import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyEntry;
import org.osgi.service.component.annotations.Component;

/**
 * Shows the records the sched commands return as {@link SchedText} and {@link HistoryText} format them.
 * Gogo asks every converter service to format a command's result before it falls back to its own
 * reflective dump, and prints the text with a line break of its own.
 */
@Component(service = Converter.class, property = {
        Converter.CONVERTER_CLASSES + "=org.hotsched.core.BridgeStatus",
        Converter.CONVERTER_CLASSES + "=org.hotsched.core.BridgeStats",
        Converter.CONVERTER_CLASSES + "=org.hotsched.core.PolicyEntry",
        Converter.CONVERTER_CLASSES + "=org.hotsched.core.HistoryEntry",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.PolicyList",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.PolicySwitch",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.PolicyHistory",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.PolicyRollback",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.PolicyFaults",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.CompareReport",
        Converter.CONVERTER_CLASSES + "=org.hotsched.shell.internal.ConfigChange"})
public final class SchedConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null;
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        String text = text(target, level == INSPECT);
        return text == null ? null : text.stripTrailing();
    }

    private static String text(Object target, boolean full) {
        return switch (target) {
            case BridgeStatus status -> full ? SchedText.status(status) : SchedText.statusLine(status);
            case BridgeStats stats -> full ? SchedText.stats(stats) : SchedText.statsLine(stats);
            case PolicyList list -> full ? SchedText.policies(list) : list.policies().size() + " policies";
            case PolicyEntry entry -> SchedText.policyLine(entry);
            case PolicySwitch change -> SchedText.policySwitch(change);
            case PolicyHistory history -> full
                    ? HistoryText.history(history, ZoneId.systemDefault(), LocalDate.now())
                    : history.entries().size() + " activations";
            case HistoryEntry entry -> HistoryText.historyLine(entry);
            case PolicyRollback rollback -> full ? SchedText.rollback(rollback) : SchedText.statusLine(rollback.after());
            case PolicyFaults faults -> full ? FaultText.faults(faults, ZoneId.systemDefault(), LocalDate.now())
                    : faults.faults().size() + " faulty releases";
            case CompareReport report -> full ? CompareText.compare(report) : CompareText.compareLine(report);
            case ConfigChange change -> full ? CompareText.config(change) : CompareText.configLine(change);
            case null, default -> null;
        };
    }
}
