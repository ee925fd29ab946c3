package org.hotsched.libbpf;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link System.Logger} that keeps what it is given, for tests of {@link LibbpfLog}. */
final class RecordingLogger implements System.Logger {

    record Entry(Level level, String message) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Level threshold;

    RecordingLogger(Level threshold) {
        this.threshold = threshold;
    }

    List<Entry> containing(String text) {
        return entries.stream().filter(e -> e.message().contains(text)).toList();
    }

    @Override
    public String getName() {
        return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
        return level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        entries.add(new Entry(level, msg));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        entries.add(new Entry(level, params == null ? format : java.text.MessageFormat.format(format, params)));
    }
}
